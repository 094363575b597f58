// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

class Database;
class Clock;

struct ApiKey
{
    qint64 id = 0;
    QString name;
    QString hint; // "sk_test_…abcd": enough to recognise a key, never enough to use it
    QStringList domains; // empty: any origin
    bool revoked = false;
    QString createdAt;
    QString lastUsedAt; // empty: never used
};

// API keys, stored as SHA-256 hashes only: the plaintext exists in the response of
// create() and, for the fixed demo key, in the documentation.
class ApiKeyStore
{
public:
    ApiKeyStore(Database &database, Clock &clock);

    // The documented demo key of every sandbox (docs/sandbox.md). Public on purpose: it
    // only ever opens a local sandbox.
    static QString demoKey();
    static QString hash(const QString &plaintext);

    // Creates the demo key's row when it is missing.
    void ensureDemoKey();
    // A new random sk_test_ key; returns the plaintext (shown once).
    QString create(const QString &name, const QStringList &domains = {});
    QList<ApiKey> list() const;
    // The key with this plaintext, revoked or not; nullopt when unknown.
    std::optional<ApiKey> find(const QString &plaintext) const;
    bool revoke(qint64 id);
    // Records that the key was just used; writes at most once a minute per key, so
    // reads stay reads.
    void touch(qint64 id);

    // Whether an Origin/Referer host may use a key with this whitelist. An entry
    // "example.com" admits exactly that host; "*.example.com" admits its subdomains.
    static bool hostAllowed(const QString &host, const QStringList &domains);

private:
    Database &m_database;
    Clock &m_clock;
    QHash<qint64, qint64> m_lastTouch; // key id → monotonic ms of the last recorded use
};

} // namespace Sandbox
