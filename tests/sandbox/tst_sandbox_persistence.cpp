// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A file database keeps everything across a restart, runs in WAL mode, is migrated once,
// and is never re-seeded.
#include "sandboxfixture.h"

#include "core/database.h"
#include "core/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataSurvivesARestart();
    void fileDatabaseUsesWalAndSchemaVersion();
    void olderSchemaIsUpgradedInPlace();
    void unwritableLocationFailsToStart();
};

void TestSandboxPersistence::dataSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.databasePath = dir.filePath(QStringLiteral("nested/folder/sandbox.sqlite"));
    options.seed = QStringLiteral("demo");
    SandboxFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    const TestReply created = fixture.http().post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("نور Persistent 🌙") },
            { QStringLiteral("email"), QStringLiteral("persist@example.com") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("kept") } } });
    QCOMPARE(created.status, 201);
    const qint64 id = created.dataObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(fixture.http()
                 .patch(QStringLiteral("/account"),
                     { { QStringLiteral("timezone"), QStringLiteral("Asia/Dubai") } })
                 .status,
        200);
    const int totalBefore = fixture.http()
                                .get(QStringLiteral("/contacts"))
                                .meta()
                                .value(QStringLiteral("total"))
                                .toInt();
    fixture.stop();

    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    const TestReply again = fixture.http().get(QStringLiteral("/contacts/%1").arg(id));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.dataObject(), created.dataObject());
    QCOMPARE(fixture.http()
                 .get(QStringLiteral("/account"))
                 .dataObject()
                 .value(QStringLiteral("timezone"))
                 .toString(),
        QStringLiteral("Asia/Dubai"));
    // Not seeded twice.
    QCOMPARE(fixture.http()
                 .get(QStringLiteral("/contacts"))
                 .meta()
                 .value(QStringLiteral("total"))
                 .toInt(),
        totalBefore);
    // The index came back too.
    const TestReply found = fixture.http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("tag"), QStringLiteral("kept") } });
    QCOMPARE(found.dataArray().size(), 1);
}

void TestSandboxPersistence::fileDatabaseUsesWalAndSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    {
        Sandbox::Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.isFresh());
        QCOMPARE(
            db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.schemaVersion(), Sandbox::migrations().last().version);
        QVERIFY(db.schemaVersion() >= 2);
    }
    Sandbox::Database reopened;
    QVERIFY(reopened.open(path));
    QVERIFY(!reopened.isFresh());
    QCOMPARE(reopened.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
        int(Sandbox::migrations().size()));
}

void TestSandboxPersistence::olderSchemaIsUpgradedInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // Turn a current database back into a version-1 one, with data in it.
        Sandbox::Database db;
        QVERIFY(db.open(path));
        db.exec(QStringLiteral("INSERT INTO contacts(name, email, created_at, updated_at)"
                               " VALUES ('Old Timer', 'old@example.com', 'x', 'x')"));
        db.exec(QStringLiteral("DROP TABLE contacts_fts_vocab"));
        db.exec(QStringLiteral("DROP INDEX contacts_by_search_text"));
        db.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 2"));
        QCOMPARE(db.schemaVersion(), 1);
    }
    Sandbox::Database upgraded;
    QString error;
    QVERIFY2(upgraded.open(path, &error), qPrintable(error));
    QVERIFY(!upgraded.isFresh());
    QCOMPARE(upgraded.schemaVersion(), Sandbox::migrations().last().version);
    QCOMPARE(
        upgraded.scalar(QStringLiteral("SELECT doc FROM contacts_fts_vocab WHERE term = 'old'"))
            .toInt(),
        1);
    QVERIFY(upgraded
                .scalar(QStringLiteral(
                    "SELECT 1 FROM sqlite_master WHERE name = 'contacts_by_search_text'"))
                .isValid());
    QCOMPARE(upgraded.scalar(QStringLiteral("SELECT name FROM contacts")).toString(),
        QStringLiteral("Old Timer"));
}

void TestSandboxPersistence::unwritableLocationFailsToStart()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.databasePath = QStringLiteral("/proc/no/such/place/sandbox.sqlite");
    SandboxFixture fixture(options);
    QVERIFY(!fixture.start());
    QVERIFY(!fixture.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
