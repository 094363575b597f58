// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheschema.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Q_LOGGING_CATEGORY(lcCacheSchema, "skylight.cache")

namespace {

bool run(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qCWarning(lcCacheSchema) << "cache schema step failed:" << query.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 1 (session 6's first cut): answers by key, saved_at as ISO text.
const QStringList kToVersion1 = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY NOT NULL, "
                   "body BLOB NOT NULL, saved_at TEXT NOT NULL)"),
};

// Version 2: saved_at in milliseconds since the epoch (sortable, no time-zone parsing),
// and the size kept so the file can be trimmed oldest first.
const QStringList kToVersion2 = {
    QStringLiteral("CREATE TABLE entries (key TEXT PRIMARY KEY NOT NULL, body BLOB NOT NULL, "
                   "saved_at_ms INTEGER NOT NULL, bytes INTEGER NOT NULL)"),
    QStringLiteral("INSERT INTO entries (key, body, saved_at_ms, bytes) "
                   "SELECT key, body, CAST(strftime('%s', saved_at) AS INTEGER) * 1000, length(body) "
                   "FROM answers"),
    QStringLiteral("DROP TABLE answers"),
    QStringLiteral("CREATE INDEX entries_saved_at ON entries (saved_at_ms)"),
};

const QList<QStringList> kLadder = {kToVersion1, kToVersion2};

bool setVersion(QSqlDatabase &db, int version)
{
    return run(db, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
}

} // namespace

int CacheSchema::version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool CacheSchema::migrate(QSqlDatabase &db)
{
    int current = version(db);
    if (current < 0)
        return false;
    if (current > CurrentVersion) {
        qCInfo(lcCacheSchema) << "cache file of a newer release (version" << current << "): rebuilt";
        QSqlQuery tables(db);
        QStringList drops;
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return false;
        while (tables.next())
            drops << QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(tables.value(0).toString());
        if (!run(db, drops) || !setVersion(db, 0))
            return false;
        current = 0;
    }
    for (int step = current; step < CurrentVersion; ++step) {
        if (!db.transaction())
            return false;
        if (!run(db, kLadder.at(step)) || !setVersion(db, step + 1) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}
