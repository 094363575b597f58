// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <QHash>

// Keys held in process memory only: for tests, for demo mode and for "use the key for
// this session only" when no keychain is reachable. Callbacks are queued so callers see
// the same asynchronous behaviour as with the real keychain.
class MemoryKeyStore final : public KeyStore
{
public:
    void readKey(const QString &profile, QObject *context, Callback callback) override;
    void writeKey(const QString &profile, const QString &key, QObject *context,
                  Callback callback) override;
    void removeKey(const QString &profile, QObject *context, Callback callback) override;

    bool contains(const QString &profile) const { return m_keys.contains(profile); }

private:
    QHash<QString, QString> m_keys;
};
