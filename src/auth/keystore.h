// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where API keys live. Every operation is asynchronous because the OS keychain is a
// D-Bus round trip (and may show a prompt); the callback runs on the caller's thread
// and never after `context` has been destroyed.
class KeyStore
{
public:
    enum class ErrorKind {
        None,
        NotFound,    // no key stored for this profile: ask the user for one
        NoKeychain,  // no keychain service reachable: tell the user, offer "this session only"
        Other,
    };

    struct Result
    {
        ErrorKind error = ErrorKind::None;
        QString key;          // only for a successful read
        QString errorDetail;  // backend wording, for logs and the "details" of a message box
        bool ok() const { return error == ErrorKind::None; }
    };

    using Callback = std::function<void(const Result &)>;

    virtual ~KeyStore() = default;

    virtual void readKey(const QString &profile, QObject *context, Callback callback) = 0;
    virtual void writeKey(const QString &profile, const QString &key, QObject *context,
                          Callback callback) = 0;
    // Removing a key that does not exist succeeds: the caller only wants it gone.
    virtual void removeKey(const QString &profile, QObject *context, Callback callback) = 0;
};
