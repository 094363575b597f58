// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Rate-limit exactness: N requests pass, request N+1 is 429 with Retry-After, per key;
// once at the contract's real 120 per minute.
#include "sandboxfixture.h"

#include "core/apikeystore.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"

#include <QTest>

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallLimitIsExact();
    void keysHaveSeparateBuckets();
    void unauthenticatedAndDeveloperRequestsAreNotCounted();
    void contractLimitOf120IsExact();
};

namespace {

Sandbox::Options optionsWithLimit(int limit)
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = limit;
    return options;
}

} // namespace

void TestSandboxRateLimit::smallLimitIsExact()
{
    SandboxFixture fixture(optionsWithLimit(5));
    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    for (int i = 1; i <= 5; ++i) {
        const TestReply reply = fixture.http().get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("5"));
        QCOMPARE(reply.header("x-ratelimit-remaining").toInt(), 5 - i);
    }
    const TestReply limited = fixture.http().get(QStringLiteral("/account"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.object().value(QStringLiteral("success")).toBool(true), false);
    bool ok = false;
    const int retryAfter = limited.header("retry-after").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("retry-after").constData());
    QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
    // A refused request does not extend the wait: still limited, still 429.
    QCOMPARE(fixture.http().get(QStringLiteral("/contacts")).status, 429);
}

void TestSandboxRateLimit::keysHaveSeparateBuckets()
{
    // The server in this thread, so the test can create a second key in its store.
    Sandbox::SandboxServer server(optionsWithLimit(3));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString second = server.context().keys.create(QStringLiteral("second"));
    QVERIFY(second.startsWith(QStringLiteral("sk_test_")));
    TestHttp demo(server.baseUrl(), server.demoApiKey());
    TestHttp other(server.baseUrl(), second);
    other.setAuth(TestHttp::Auth::ApiKeyHeader);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(demo.get(QStringLiteral("/account")).status, 200);
    QCOMPARE(demo.get(QStringLiteral("/account")).status, 429);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(other.get(QStringLiteral("/account")).status, 200);
    QCOMPARE(other.get(QStringLiteral("/account")).status, 429);
    // /_sandbox/reset clears the counters.
    QCOMPARE(demo.post(QStringLiteral("/_sandbox/reset")).status, 200);
    QCOMPARE(demo.get(QStringLiteral("/account")).status, 200);
}

void TestSandboxRateLimit::unauthenticatedAndDeveloperRequestsAreNotCounted()
{
    SandboxFixture fixture(optionsWithLimit(2));
    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    TestHttp &http = fixture.http();
    http.setAuth(TestHttp::Auth::None);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(http.get(QStringLiteral("/account")).status, 401);
    http.setAuth(TestHttp::Auth::Bearer);
    for (int i = 0; i < 4; ++i) {
        const TestReply dev = http.get(QStringLiteral("/_sandbox/faults"));
        QCOMPARE(dev.status, 200);
        QCOMPARE(dev.header("x-ratelimit-remaining"), QByteArray("2"));
    }
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
    QCOMPARE(http.get(QStringLiteral("/account")).status, 429);
}

void TestSandboxRateLimit::contractLimitOf120IsExact()
{
    SandboxFixture fixture(optionsWithLimit(120));
    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    for (int i = 1; i <= 120; ++i) {
        const TestReply reply = fixture.http().get(QStringLiteral("/account/channels"));
        QVERIFY2(reply.status == 200,
            qPrintable(QStringLiteral("request %1 got %2").arg(i).arg(reply.status)));
        QCOMPARE(reply.header("x-ratelimit-remaining").toInt(), 120 - i);
    }
    const TestReply limited = fixture.http().get(QStringLiteral("/account/channels"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("120"));
    QVERIFY(limited.header("retry-after").toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandbox_ratelimit.moc"
