// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CacheStore: the file is the owner's only, older files are migrated, profiles do not
// share answers, removal leaves nothing behind.
#include "cacheschema.h"
#include "cachestore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

// Runs statements on a file through a connection of its own, as an older release would.
void writeRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void fileIsOwnerOnly()
    {
        const QString path = CacheStore::pathFor(m_dir.filePath(QStringLiteral("a")), QStringLiteral("Main"));
        CacheStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        store.store(QStringLiteral("/account"), "{\"data\":{}}");
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
    }

    void existingLooseFileIsNarrowed()
    {
        const QString path = m_dir.filePath(QStringLiteral("loose.sqlite"));
        writeRaw(path, {QStringLiteral("PRAGMA user_version = 0")});
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        CacheStore store(path);
        QVERIFY(store.open());
        QCOMPARE(modeOf(path), 0600);
    }

    // SQLite gives its rollback journal and its WAL files the database file's mode.
    void journalsAreOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("journals.sqlite"));
        CacheStore store(path);
        QVERIFY(store.open());
        const QString name = QStringLiteral("journal-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(db.transaction());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO entries VALUES ('k', x'00', 0, 1)")));
            QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
            QCOMPARE(modeOf(path + QStringLiteral("-journal")), 0600);
            QVERIFY(db.rollback());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO entries VALUES ('w', x'00', 0, 1)")));
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void storesAndFindsWithAge()
    {
        CacheStore store(m_dir.filePath(QStringLiteral("age.sqlite")));
        const QDateTime saved(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);
        store.setClock([saved] { return saved; });
        QVERIFY(store.open());
        QVERIFY(!store.find(QStringLiteral("/contacts?page=1")));
        store.store(QStringLiteral("/contacts?page=1"), "one");
        store.store(QStringLiteral("/contacts?page=1"), "two"); // the newer answer wins
        const auto entry = store.find(QStringLiteral("/contacts?page=1"));
        QVERIFY(entry);
        QCOMPARE(entry->body, QByteArray("two"));
        QCOMPARE(entry->savedAt, saved);
        QCOMPARE(store.entryCount(), 1);
    }

    void tooLargeIsNotKept()
    {
        CacheStore store(m_dir.filePath(QStringLiteral("large.sqlite")));
        QVERIFY(store.open());
        store.store(QStringLiteral("/big"), QByteArray(CacheStore::MaxBodyBytes + 1, 'x'));
        QVERIFY(!store.find(QStringLiteral("/big")));
    }

    // A file of schema version 1 (saved_at as ISO text) keeps its answers and their age.
    void migratesVersion1()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        writeRaw(path, {QStringLiteral("CREATE TABLE answers (key TEXT PRIMARY KEY NOT NULL, "
                                       "body BLOB NOT NULL, saved_at TEXT NOT NULL)"),
                        QStringLiteral("INSERT INTO answers VALUES ('/account', 'old body', "
                                       "'2026-12-05T14:02:00Z')"),
                        QStringLiteral("PRAGMA user_version = 1")});
        CacheStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const auto entry = store.find(QStringLiteral("/account"));
        QVERIFY(entry);
        QCOMPARE(entry->body, QByteArray("old body"));
        QCOMPARE(entry->savedAt, QDateTime(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC));
        store.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(CacheSchema::version(db), CacheSchema::CurrentVersion);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v1check"));
    }

    // Version 0: an empty SQLite file (or one from before the cache had a schema).
    void migratesVersion0()
    {
        const QString path = m_dir.filePath(QStringLiteral("v0.sqlite"));
        writeRaw(path, {QStringLiteral("CREATE TABLE leftover (x)")});
        CacheStore store(path);
        QVERIFY(store.open());
        store.store(QStringLiteral("/channels"), "c");
        QVERIFY(store.find(QStringLiteral("/channels")));
    }

    void newerFileIsRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("v99.sqlite"));
        writeRaw(path, {QStringLiteral("CREATE TABLE entries (something_else)"),
                        QStringLiteral("PRAGMA user_version = 99")});
        CacheStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        store.store(QStringLiteral("/team"), "t");
        const auto entry = store.find(QStringLiteral("/team"));
        QVERIFY(entry);
        QCOMPARE(entry->body, QByteArray("t"));
    }

    void profilesAreSeparate()
    {
        const QString folder = m_dir.filePath(QStringLiteral("profiles"));
        const QString a = CacheStore::pathFor(folder, QStringLiteral("Clinic"));
        const QString b = CacheStore::pathFor(folder, QStringLiteral("Salon"));
        QVERIFY(a != b);
        QVERIFY(!a.contains(QStringLiteral("Clinic"))); // the file name says nothing
        CacheStore first(a);
        CacheStore second(b);
        QVERIFY(first.open());
        QVERIFY(second.open());
        first.store(QStringLiteral("/account"), "clinic");
        QVERIFY(!second.find(QStringLiteral("/account")));
        const auto entry = first.find(QStringLiteral("/account"));
        QVERIFY(entry);
        QCOMPARE(entry->body, QByteArray("clinic"));
    }

    void removalDeletesEveryFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("gone.sqlite"));
        {
            CacheStore store(path);
            QVERIFY(store.open());
            store.store(QStringLiteral("/account"), "x");
        }
        for (const QString &suffix : {QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm")}) {
            QFile companion(path + suffix);
            QVERIFY(companion.open(QIODevice::WriteOnly));
        }
        QVERIFY(CacheStore::removeFiles(path));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("gone.sqlite*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
