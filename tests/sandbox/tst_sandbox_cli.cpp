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
    void helpDocumentsEverything();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
};

namespace {
const QString exe = QStringLiteral(SKYLIGHT_SANDBOX_EXE);
}

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

void TestSandboxCli::helpDocumentsEverything()
{
    QProcess process;
    process.start(exe, { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *word : { "--db", ":memory:", "--seed", "demo", "large", "--now", "--port",
             "--rate-limit", "--simulate-traffic", "keys create", "keys list", "--domains",
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
