// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

// The OS keychain through QtKeychain: one entry per profile under one service name.
// There is deliberately no plaintext fallback; when no keychain answers the caller gets
// ErrorKind::NoKeychain and decides with the user what to do.
class KeychainKeyStore final : public KeyStore
{
public:
    static QString defaultService() { return QStringLiteral("com.skylightchat.Desk"); }

    explicit KeychainKeyStore(QString service = defaultService());

    void readKey(const QString &profile, QObject *context, Callback callback) override;
    void writeKey(const QString &profile, const QString &key, QObject *context,
                  Callback callback) override;
    void removeKey(const QString &profile, QObject *context, Callback callback) override;

private:
    QString m_service;
};
