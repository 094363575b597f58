// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachestore.h"

#include "cacheschema.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcCacheSchema)

namespace {
const QStringList kCompanions = {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                 QStringLiteral("-shm")};
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("skylight-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

QString CacheStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("cache"));
}

QString CacheStore::pathFor(const QString &folder, const QString &profile)
{
    const QByteArray id
        = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(folder).filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(id)));
}

bool CacheStore::removeFiles(const QString &filePath)
{
    bool allGone = true;
    for (const QString &suffix : kCompanions) {
        const QString path = filePath + suffix;
        if (QFile::exists(path) && !QFile::remove(path))
            allGone = false;
    }
    return allGone;
}

CacheStore::CacheStore(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(nextConnectionName())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

CacheStore::~CacheStore()
{
    close();
}

bool CacheStore::createPrivateFile()
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create the cache folder");
        return false;
    }
    QFile::setPermissions(info.absolutePath(), kOwnerFolder);
    QFile file(m_filePath);
    // Made and narrowed before SQLite sees it: SQLite would create it 0644 under the usual
    // umask, and its journals copy the database file's mode.
    if (!file.open(QIODevice::ReadWrite) || !file.setPermissions(kOwnerOnly)) {
        m_error = QStringLiteral("cannot create the cache file: ") + file.errorString();
        return false;
    }
    return true;
}

bool CacheStore::open()
{
    if (m_open)
        return true;
    if (!createPrivateFile())
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else if (!CacheSchema::migrate(db)) {
            m_error = QStringLiteral("cannot migrate the cache file: ") + db.lastError().text();
        } else {
            m_open = true;
        }
    }
    if (!m_open) {
        qCWarning(lcCacheSchema).noquote() << "offline cache disabled:" << m_error;
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    return m_open;
}

void CacheStore::close()
{
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<ResponseCache::Entry> CacheStore::find(const QString &key)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT body, saved_at_ms FROM entries WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Entry{query.value(0).toByteArray(),
                 QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

void CacheStore::store(const QString &key, const QByteArray &body)
{
    if (!m_open || body.size() > MaxBodyBytes)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO entries (key, body, saved_at_ms, bytes) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(body);
    query.addBindValue(m_clock().toMSecsSinceEpoch());
    query.addBindValue(body.size());
    if (!query.exec())
        qCWarning(lcCacheSchema).noquote() << "cache write failed:" << query.lastError().text();
}

int CacheStore::entryCount()
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM entries")) || !query.next())
        return 0;
    return query.value(0).toInt();
}
