// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// WebhookSignatureChecker and WebhookUrlRule: the rules, case by case.
#include "webhooksignaturechecker.h"
#include "webhookurlrule.h"

#include <QTest>

using Outcome = WebhookSignatureChecker::Outcome;
Q_DECLARE_METATYPE(WebhookSignatureChecker::Outcome)

namespace {
const QByteArray kBody = R"({"event":"booking.created","data":{"id":101}})";
const QString kSecret = QStringLiteral("whsec_abcdefghijklmnopqrstuvwxyz012345");
} // namespace

class TestWebhookSignatureChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signMatchesAKnownVector()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        QCOMPARE(WebhookSignatureChecker::sign("what do ya want for nothing?", QStringLiteral("Jefe")),
            QStringLiteral("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<Outcome>("outcome");
        const QString good = WebhookSignatureChecker::sign(kBody, kSecret);
        const QString hex = good.mid(7);
        QTest::newRow("match") << kBody << good << kSecret << Outcome::Match;
        QTest::newRow("upper-case hex") << kBody << (QStringLiteral("sha256=") + hex.toUpper()) << kSecret << Outcome::Match;
        QTest::newRow("upper-case prefix") << kBody << (QStringLiteral("SHA256=") + hex) << kSecret << Outcome::Match;
        QTest::newRow("whole header line") << kBody << (QStringLiteral("X-SkyLight-Signature: ") + good) << kSecret << Outcome::Match;
        QTest::newRow("surrounding spaces") << kBody << (QStringLiteral("  ") + good + QStringLiteral("\n")) << kSecret << Outcome::Match;
        QTest::newRow("wrong secret") << kBody << good << QStringLiteral("whsec_other") << Outcome::Mismatch;
        QByteArray altered = kBody;
        altered.replace("101", "102");
        QTest::newRow("altered body") << altered << good << kSecret << Outcome::Mismatch;
        QTest::newRow("extra whitespace in body") << (kBody + ' ') << good << kSecret << Outcome::Mismatch;
        QTest::newRow("missing prefix") << kBody << hex << kSecret << Outcome::MissingPrefix;
        QTest::newRow("truncated") << kBody << good.left(good.size() - 2) << kSecret << Outcome::Mismatch;
        QTest::newRow("not hex") << kBody << QStringLiteral("sha256=xyz") << kSecret << Outcome::MalformedHeader;
        QTest::newRow("empty header") << kBody << QString() << kSecret << Outcome::MalformedHeader;
        QTest::newRow("other algorithm") << kBody << (QStringLiteral("sha1=") + hex) << kSecret << Outcome::MalformedHeader;
        QTest::newRow("no secret") << kBody << good << QString() << Outcome::MissingSecret;
    }

    void check()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, header);
        QFETCH(QString, secret);
        QFETCH(Outcome, outcome);
        const auto result = WebhookSignatureChecker::check(payload, header, secret);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.matches(), outcome == Outcome::Match);
        if (outcome != Outcome::MissingSecret)
            QCOMPARE(result.expected, WebhookSignatureChecker::sign(payload, secret));
        else
            QVERIFY(result.expected.isEmpty());
        QVERIFY(!WebhookSignatureChecker::describe(outcome).isEmpty());
    }

    void urlRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://example.com/hooks") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/x") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9/x") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9/x") << true;
        QTest::newRow("http elsewhere") << QStringLiteral("http://example.com/x") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no host") << QStringLiteral("https:///x") << false;
        QTest::newRow("words") << QStringLiteral("my endpoint") << false;
    }

    void urlRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(WebhookUrlRule::problem(url).isEmpty(), ok);
    }
};

QTEST_APPLESS_MAIN(TestWebhookSignatureChecker)
#include "tst_webhooksignaturechecker.moc"
