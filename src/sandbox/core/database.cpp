// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSandboxDb, "skylight.sandbox.db", QtInfoMsg)

namespace Sandbox {

namespace {
QAtomicInt s_connectionCounter;
}

Database::Database()
    : m_connectionName(
        QStringLiteral("skylight-sandbox-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    const bool memory = path == QStringLiteral(":memory:");
    if (!memory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = QStringLiteral("cannot create the folder of %1").arg(path);
            return false;
        }
        if (!restrictToOwner(path, error))
            return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    try {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!memory) {
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            // Searches touch many pages; reading them through a small page cache and pread()
            // dominated the latency on 100k contacts. Map the file and keep more pages.
            exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
            exec(QStringLiteral("PRAGMA cache_size = -65536"));
        }
    } catch (const SqlError &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    return migrate(error);
}

bool Database::restrictToOwner(const QString &path, QString *error)
{
    // The data holds API keys and customers' messages: only the owner reads it. SQLite gives
    // its -wal and -shm files the mode of the database file, so creating that one 0600
    // (empty: SQLite takes an empty file for a new database) covers all three.
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        if (error)
            *error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    // Files an older version left readable by others are closed up too.
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(name) && !QFile::setPermissions(name, ownerOnly)) {
            if (error)
                *error = QStringLiteral("cannot make %1 private to its owner").arg(name);
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const QVariant v
        = scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return v.toInt();
}

bool Database::migrate(QString *error)
{
    try {
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                            "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
        const int current = schemaVersion();
        m_fresh = current == 0;
        const QList<Migration> &all = migrations();
        for (const Migration &migration : all) {
            if (migration.version <= current)
                continue;
            if (!transaction())
                throw SqlError("cannot begin a migration transaction");
            for (const QString &statement : migration.statements)
                exec(statement);
            exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) "
                                "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))"),
                { migration.version });
            if (!commit())
                throw SqlError("cannot commit a migration");
            qCDebug(lcSandboxDb) << "applied schema migration" << migration.version;
        }
    } catch (const SqlError &e) {
        rollback();
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlError(QString(QStringLiteral("prepare failed: ") + query.lastError().text()
            + QStringLiteral(" in ") + sql)
                           .toStdString());
    for (const QVariant &value : values) {
        // A QJsonValue inside a QVariant binds as NULL in QSQLITE; bind what it holds.
        if (value.metaType() == QMetaType::fromType<QJsonValue>())
            query.addBindValue(value.value<QJsonValue>().toVariant());
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw SqlError(QString(QStringLiteral("exec failed: ") + query.lastError().text()
            + QStringLiteral(" in ") + sql)
                           .toStdString());
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

qint64 Database::insert(const QString &sql, const QVariantList &values) const
{
    const QSqlQuery query = exec(sql, values);
    return query.lastInsertId().toLongLong();
}

bool Database::transaction() const
{
    QSqlDatabase db = connection();
    return db.transaction();
}

bool Database::commit() const
{
    QSqlDatabase db = connection();
    return db.commit();
}

bool Database::rollback() const
{
    QSqlDatabase db = connection();
    return db.rollback();
}

} // namespace Sandbox
