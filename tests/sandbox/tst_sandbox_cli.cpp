// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The skylight-sandbox executable: the one ready line, serving on loopback, clean
// shutdown on SIGTERM and SIGINT, the keys commands, --help and usage errors.
#include "testhttp.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndStopsCleanly_data();
    void servesAndStopsCleanly();
    void keysCreateAndList();
    void keysRevoke();
    void keysRevokeRefusesWhatItCannotFind_data();
    void keysRevokeRefusesWhatItCannotFind();
    void helpDocumentsEverything();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
};

namespace {
const QString exe = QStringLiteral(SKYLIGHT_SANDBOX_EXE);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSandbox(const QStringList &arguments)
{
    QProcess process;
    process.start(exe, arguments);
    Run run;
    if (!process.waitForFinished(20000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString createKey(const QString &db, const QString &name)
{
    const Run run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"),
        QStringLiteral("create"), name });
    return QRegularExpression(QStringLiteral("key=(sk_test_[0-9a-f]{48})")).match(run.out).captured(1);
}

// The row of `keys list` for the key with this name, split at the tabs.
QStringList listedRow(const QString &db, const QString &name)
{
    const Run run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("list") });
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() > 4 && cells.at(1) == name)
            return cells;
    }
    return {};
}
} // namespace

void TestSandboxCli::servesAndStopsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxCli::servesAndStopsCleanly()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QProcess process;
    process.start(exe,
        { QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.sqlite")),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--now"),
            QStringLiteral("2026-03-04T09:00:00Z"), QStringLiteral("--seed"),
            QStringLiteral("demo") });
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression shape(QStringLiteral(
        "^skylight-sandbox ready url=(http://127\\.0\\.0\\.1:(\\d+)/api/v1) key=(sk_test_\\w+)$"));
    const QRegularExpressionMatch match = shape.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(match.captured(2).toInt() > 0);

    TestHttp http(QUrl(match.captured(1)), match.captured(3));
    const TestReply reply = http.get(QStringLiteral("/contacts/42"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.dataObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Sarah Johnson"));

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Only the ready line on stdout.
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty());
    // A clean close checkpoints the WAL away.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cli.sqlite-wal"))));
}

void TestSandboxCli::keysCreateAndList()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("keys.sqlite"));
    QProcess create;
    create.start(exe,
        { QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("create"),
            QStringLiteral("Web app"), QStringLiteral("--domains"),
            QStringLiteral("app.example.com,*.example.org") });
    QVERIFY(create.waitForFinished(20000));
    QCOMPARE(create.exitCode(), 0);
    const QString created = QString::fromUtf8(create.readAllStandardOutput());
    const QRegularExpressionMatch key
        = QRegularExpression(QStringLiteral("key=(sk_test_[0-9a-f]{48})")).match(created);
    QVERIFY2(key.hasMatch(), qPrintable(created));

    QProcess list;
    list.start(exe, { QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("list") });
    QVERIFY(list.waitForFinished(20000));
    QCOMPARE(list.exitCode(), 0);
    const QString listed = QString::fromUtf8(list.readAllStandardOutput());
    QVERIFY(listed.contains(QStringLiteral("Web app")));
    QVERIFY(listed.contains(QStringLiteral("app.example.com,*.example.org")));
    QVERIFY(listed.contains(QStringLiteral("Demo key")));
    QVERIFY(listed.contains(QStringLiteral("\tnever")));
    // The list never shows a usable key.
    QVERIFY(!listed.contains(key.captured(1)));

    // The new key opens the API of a server on that file.
    QProcess serve;
    serve.start(exe, { QStringLiteral("--db"), db });
    QVERIFY(serve.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 20000);
    const QString line = QString::fromUtf8(serve.readLine());
    const QString url = QRegularExpression(QStringLiteral("url=(\\S+)")).match(line).captured(1);
    TestHttp http { QUrl(url), key.captured(1) };
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
    QCOMPARE(http.send("GET", QStringLiteral("/account"), {},
                     { { "Origin", "https://elsewhere.example.net" } })
                 .status,
        403);
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestSandboxCli::keysRevoke()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("revoke.sqlite"));
    const QString byId = createKey(db, QStringLiteral("By id"));
    const QString byKey = createKey(db, QStringLiteral("By key"));
    const QString byHint = createKey(db, QStringLiteral("By hint"));
    const QString kept = createKey(db, QStringLiteral("Kept"));
    QVERIFY(!byId.isEmpty() && !byKey.isEmpty() && !byHint.isEmpty() && !kept.isEmpty());
    const QStringList idRow = listedRow(db, QStringLiteral("By id"));
    QCOMPARE(idRow.value(4), QStringLiteral("no"));

    Run run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("revoke"), idRow.value(0) });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(),
        QStringLiteral("revoked id=%1 name=By id hint=%2").arg(idRow.value(0), idRow.value(2)));
    run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("revoke"), byKey });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("revoked ")), qPrintable(run.out));
    // The hint as typed on a keyboard, with three dots for the ellipsis.
    const QString typedHint = QStringLiteral("sk_test_...") + byHint.right(4);
    run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("revoke"), typedHint });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // A second revoke says so and changes nothing.
    run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("revoke"), idRow.value(0) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("already revoked id=")), qPrintable(run.out));

    QCOMPARE(listedRow(db, QStringLiteral("By id")).value(4), QStringLiteral("yes"));
    QCOMPARE(listedRow(db, QStringLiteral("By key")).value(4), QStringLiteral("yes"));
    QCOMPARE(listedRow(db, QStringLiteral("By hint")).value(4), QStringLiteral("yes"));
    QCOMPARE(listedRow(db, QStringLiteral("Kept")).value(4), QStringLiteral("no"));

    // The server on that file refuses the revoked keys and still takes the others.
    QProcess serve;
    serve.start(exe, { QStringLiteral("--db"), db });
    QVERIFY(serve.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 20000);
    const QString url = QRegularExpression(QStringLiteral("url=(\\S+)"))
                            .match(QString::fromUtf8(serve.readLine()))
                            .captured(1);
    QCOMPARE((TestHttp { QUrl(url), byId }.get(QStringLiteral("/account")).status), 401);
    QCOMPARE((TestHttp { QUrl(url), byKey }.get(QStringLiteral("/account")).status), 401);
    QCOMPARE((TestHttp { QUrl(url), byHint }.get(QStringLiteral("/account")).status), 401);
    QCOMPARE((TestHttp { QUrl(url), kept }.get(QStringLiteral("/account")).status), 200);
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

void TestSandboxCli::keysRevokeRefusesWhatItCannotFind_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QStringLiteral("999") << QStringLiteral("no key '999'");
    QTest::newRow("unknown key") << QStringLiteral("sk_test_00000000000000000000000000000000000000000000dead")
                                 << QStringLiteral("no key 'sk_test_0");
    QTest::newRow("a prefix") << QStringLiteral("sk_test_") << QStringLiteral("keys list");
    QTest::newRow("demo key") << QStringLiteral("sk_test_skylight_demo_4f9c2a7e1b3d5f60")
                              << QStringLiteral("demo key cannot be revoked");
}

void TestSandboxCli::keysRevokeRefusesWhatItCannotFind()
{
    QFETCH(QString, given);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("unknown.sqlite"));
    QVERIFY(!createKey(db, QStringLiteral("Only")).isEmpty());
    const Run run = runSandbox({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("revoke"), given });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(listedRow(db, QStringLiteral("Only")).value(4), QStringLiteral("no"));
    QCOMPARE(listedRow(db, QStringLiteral("Demo key")).value(4), QStringLiteral("no"));
}

void TestSandboxCli::helpDocumentsEverything()
{
    QProcess process;
    process.start(exe, { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *word : { "--db", ":memory:", "--seed", "demo", "large", "--now", "--port",
             "--rate-limit", "--simulate-traffic", "keys create", "keys list", "keys revoke", "--domains",
             "ready url=", "_sandbox" })
        QVERIFY2(help.contains(QLatin1String(word)), word);
}

void TestSandboxCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad seed") << QStringList { QStringLiteral("--db"), QStringLiteral(":memory:"),
        QStringLiteral("--seed"), QStringLiteral("huge") };
    QTest::newRow("bad now") << QStringList { QStringLiteral("--db"), QStringLiteral(":memory:"),
        QStringLiteral("--now"), QStringLiteral("yesterday") };
    QTest::newRow("bad port") << QStringList { QStringLiteral("--db"), QStringLiteral(":memory:"),
        QStringLiteral("--port"), QStringLiteral("70000") };
    QTest::newRow("bad rate") << QStringList { QStringLiteral("--db"), QStringLiteral(":memory:"),
        QStringLiteral("--rate-limit"), QStringLiteral("0") };
    QTest::newRow("keys on memory") << QStringList { QStringLiteral("--db"),
        QStringLiteral(":memory:"), QStringLiteral("keys"), QStringLiteral("list") };
    QTest::newRow("revoke without a key") << QStringList { QStringLiteral("--db"),
        QStringLiteral("keys.sqlite"), QStringLiteral("keys"), QStringLiteral("revoke") };
    QTest::newRow("unknown command") << QStringList { QStringLiteral("--db"),
        QStringLiteral(":memory:"), QStringLiteral("serve-me") };
}

void TestSandboxCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(exe, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
