// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLine parse(const QStringList &args)
    {
        return CommandLine::parse(QStringList{QStringLiteral("skylight-desk")} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("SkyLight Desk"));
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    }

    void noArgumentsRuns()
    {
        const auto c = parse({});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QVERIFY(!c.sandbox);
        QVERIFY(c.profile.isEmpty());
        QVERIFY(c.language.isEmpty());
    }

    void options()
    {
        auto c = parse({QStringLiteral("--sandbox"), QStringLiteral("--lang"), QStringLiteral("ar")});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QVERIFY(c.sandbox);
        QCOMPARE(c.language, QStringLiteral("ar"));
        QCOMPARE(c.simulateTrafficSeconds, 0);
        c = parse({QStringLiteral("--profile"), QStringLiteral("Main branch"), QStringLiteral("--lang=en")});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.profile, QStringLiteral("Main branch"));
        QCOMPARE(c.language, QStringLiteral("en"));
    }

    void simulateTrafficInDemoMode()
    {
        const auto c = parse({QStringLiteral("--sandbox"), QStringLiteral("--simulate-traffic"), QStringLiteral("3")});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QVERIFY(c.sandbox);
        QCOMPARE(c.simulateTrafficSeconds, 3);
        QCOMPARE(parse({QStringLiteral("--sandbox"), QStringLiteral("--simulate-traffic=20")}).simulateTrafficSeconds, 20);
    }

    void helpAndVersion()
    {
        auto c = parse({QStringLiteral("--help")});
        QCOMPARE(c.outcome, CommandLine::Outcome::ShowHelp);
        for (const char *option : {"--sandbox", "--simulate-traffic", "--profile", "--lang", "--version"})
            QVERIFY2(c.helpText.contains(QLatin1String(option)), option);
        QVERIFY(c.helpText.contains(QLatin1String("Usage: skylight-desk")));
        c = parse({QStringLiteral("--version")});
        QCOMPARE(c.outcome, CommandLine::Outcome::ShowVersion);
        QCOMPARE(c.versionText, QStringLiteral("SkyLight Desk 1.2.3"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--profile")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
        QTest::newRow("sandbox with profile")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--profile"), QStringLiteral("x")};
        QTest::newRow("traffic without sandbox") << QStringList{QStringLiteral("--simulate-traffic"), QStringLiteral("3")};
        QTest::newRow("traffic not a number")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--simulate-traffic"), QStringLiteral("soon")};
        QTest::newRow("traffic zero")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--simulate-traffic"), QStringLiteral("0")};
        QTest::newRow("traffic missing value") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--simulate-traffic")};
    }

    void errors()
    {
        QFETCH(QStringList, args);
        const auto c = parse(args);
        QCOMPARE(c.outcome, CommandLine::Outcome::Error);
        QVERIFY(!c.errorText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
