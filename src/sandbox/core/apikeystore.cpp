// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeystore.h"

#include "clock.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Sandbox {

namespace {

QStringList parseDomains(const QString &json)
{
    QStringList domains;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        domains.append(value.toString());
    return domains;
}

QString hintOf(const QString &plaintext)
{
    return QStringLiteral("sk_test_…") + plaintext.right(4);
}

} // namespace

ApiKeyStore::ApiKeyStore(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString ApiKeyStore::demoKey()
{
    return QStringLiteral("sk_test_skylight_demo_4f9c2a7e1b3d5f60");
}

QString ApiKeyStore::hash(const QString &plaintext)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(plaintext.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ApiKeyStore::ensureDemoKey()
{
    m_database.exec(
        QStringLiteral(
            "INSERT OR IGNORE INTO api_keys(name, key_hash, key_hint, domains, created_at)"
            " VALUES (?, ?, ?, '[]', ?)"),
        { QStringLiteral("Demo key"), hash(demoKey()), hintOf(demoKey()), m_clock.nowStamp() });
}

QString ApiKeyStore::create(const QString &name, const QStringList &domains)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(random.data()), random.size() / int(sizeof(quint32)));
    const QString plaintext = QStringLiteral("sk_test_") + QString::fromLatin1(random.toHex());
    const QString domainsJson = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(domains)).toJson(QJsonDocument::Compact));
    m_database.exec(
        QStringLiteral("INSERT INTO api_keys(name, key_hash, key_hint, domains, created_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        { name, hash(plaintext), hintOf(plaintext), domainsJson, m_clock.nowStamp() });
    return plaintext;
}

QList<ApiKey> ApiKeyStore::list() const
{
    QList<ApiKey> keys;
    QSqlQuery query
        = m_database.exec(QStringLiteral("SELECT id, name, key_hint, domains, revoked, created_at, "
                                         "last_used_at FROM api_keys ORDER BY id"));
    while (query.next()) {
        keys.append({ query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), parseDomains(query.value(3).toString()),
            query.value(4).toBool(), query.value(5).toString(), query.value(6).toString() });
    }
    return keys;
}

std::optional<ApiKey> ApiKeyStore::find(const QString &plaintext) const
{
    if (plaintext.isEmpty())
        return std::nullopt;
    QSqlQuery query
        = m_database.exec(QStringLiteral("SELECT id, name, key_hint, domains, revoked, created_at, "
                                         "last_used_at FROM api_keys WHERE key_hash = ?"),
            { hash(plaintext) });
    if (!query.next())
        return std::nullopt;
    return ApiKey { query.value(0).toLongLong(), query.value(1).toString(),
        query.value(2).toString(), parseDomains(query.value(3).toString()), query.value(4).toBool(),
        query.value(5).toString(), query.value(6).toString() };
}

bool ApiKeyStore::revoke(qint64 id)
{
    const QSqlQuery query
        = m_database.exec(QStringLiteral("UPDATE api_keys SET revoked = 1 WHERE id = ?"), { id });
    return query.numRowsAffected() > 0;
}

void ApiKeyStore::touch(qint64 id)
{
    const qint64 now = QDeadlineTimer::current().deadline();
    const auto it = m_lastTouch.constFind(id);
    if (it != m_lastTouch.cend() && now - *it < 60 * 1000)
        return;
    m_lastTouch.insert(id, now);
    m_database.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
        { m_clock.nowStamp(), id });
}

bool ApiKeyStore::hostAllowed(const QString &host, const QStringList &domains)
{
    const QString wanted = host.toLower();
    for (const QString &entry : domains) {
        const QString domain = entry.trimmed().toLower();
        if (domain.startsWith(QStringLiteral("*."))) {
            if (wanted.endsWith(domain.mid(1)))
                return true;
        } else if (wanted == domain) {
            return true;
        }
    }
    return false;
}

} // namespace Sandbox
