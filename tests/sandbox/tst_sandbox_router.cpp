// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The router's guards over real HTTP: auth in both header styles, whitelist, 400/404/405/413,
// rate-limit headers on every response, and the envelope of each error.
#include "sandboxfixture.h"

#include <QTest>

class TestSandboxRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bearerKeyIsAccepted();
    void apiKeyHeaderIsAccepted();
    void missingOrUnknownKeyIs401_data();
    void missingOrUnknownKeyIs401();
    void unknownPathIs404Envelope();
    void wrongMethodOnKnownPathIs405();
    void malformedJsonIs400();
    void bodyOverOneMegabyteIs413();
    void rateLimitHeadersOnEveryResponse();
    void trailingSlashFindsTheRoute();

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSandboxRouter::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    // Large enough that this file's requests never reach it; exactness is tested elsewhere.
    options.rateLimitPerMinute = 1000;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
}

void TestSandboxRouter::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSandboxRouter::bearerKeyIsAccepted()
{
    TestHttp &http = m_fixture->http();
    http.setAuth(TestHttp::Auth::Bearer);
    const TestReply reply = http.get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(reply.dataObject().value(QStringLiteral("business_name")).toString(),
        QStringLiteral("SkyLight Demo Clinic"));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
}

void TestSandboxRouter::apiKeyHeaderIsAccepted()
{
    TestHttp &http = m_fixture->http();
    http.setAuth(TestHttp::Auth::ApiKeyHeader);
    const TestReply reply = http.get(QStringLiteral("/account"));
    http.setAuth(TestHttp::Auth::Bearer);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.dataObject().value(QStringLiteral("id")).toInt(), 1);
}

void TestSandboxRouter::missingOrUnknownKeyIs401_data()
{
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::newRow("no key") << QByteArray() << QByteArray();
    QTest::newRow("unknown bearer")
        << QByteArray("Authorization") << QByteArray("Bearer sk_test_nope");
    QTest::newRow("unknown x-api-key") << QByteArray("X-Api-Key") << QByteArray("sk_test_nope");
    QTest::newRow("basic scheme") << QByteArray("Authorization")
                                  << QByteArray("Basic Zm9vOmJhcg==");
    QTest::newRow("empty bearer") << QByteArray("Authorization") << QByteArray("Bearer ");
}

void TestSandboxRouter::missingOrUnknownKeyIs401()
{
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    TestHttp &http = m_fixture->http();
    http.setAuth(TestHttp::Auth::None);
    QHash<QByteArray, QByteArray> headers;
    if (!headerName.isEmpty())
        headers.insert(headerName, headerValue);
    const TestReply reply = http.send("GET", QStringLiteral("/account"), {}, headers);
    http.setAuth(TestHttp::Auth::Bearer);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(reply.message(), QStringLiteral("Unauthenticated."));
    QVERIFY(!reply.header("x-ratelimit-limit").isEmpty());
}

void TestSandboxRouter::unknownPathIs404Envelope()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/no-such-thing"));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.jsonValid);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QVERIFY(!reply.message().isEmpty());
    const TestReply outside = m_fixture->http().get(QStringLiteral("/api/v2/account"));
    QCOMPARE(outside.status, 404);
}

void TestSandboxRouter::wrongMethodOnKnownPathIs405()
{
    const TestReply reply = m_fixture->http().del(QStringLiteral("/account"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    const QByteArray allow = reply.header("allow");
    QVERIFY2(allow.contains("GET") && allow.contains("PATCH"), allow.constData());
    // HEAD is not part of the API either; its answer carries headers only.
    const TestReply head = m_fixture->http().send("HEAD", QStringLiteral("/account"));
    QVERIFY(!head.timedOut);
    QCOMPARE(head.status, 405);
    QVERIFY(head.body.isEmpty());
    QVERIFY(head.header("content-length").toInt() > 0);
    QVERIFY(!head.header("x-ratelimit-remaining").isEmpty());
}

void TestSandboxRouter::malformedJsonIs400()
{
    const TestReply reply = m_fixture->http().send(
        "PATCH", QStringLiteral("/account"), QByteArrayLiteral("{\"business_name\": "));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    // Nothing was changed.
    QCOMPARE(m_fixture->http()
                 .get(QStringLiteral("/account"))
                 .dataObject()
                 .value(QStringLiteral("business_name"))
                 .toString(),
        QStringLiteral("SkyLight Demo Clinic"));
}

void TestSandboxRouter::bodyOverOneMegabyteIs413()
{
    QByteArray big = "{\"business_name\": \"";
    big += QByteArray(1024 * 1024, 'a');
    big += "\"}";
    const TestReply reply = m_fixture->http().send("PATCH", QStringLiteral("/account"), big);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    // Exactly 1 MB is still accepted by the size guard (then validated by the handler).
    QByteArray limit(1024 * 1024, ' ');
    limit.replace(0, 2, "{}");
    const TestReply atLimit = m_fixture->http().send("PATCH", QStringLiteral("/account"), limit);
    QCOMPARE(atLimit.status, 200);
}

void TestSandboxRouter::rateLimitHeadersOnEveryResponse()
{
    TestHttp &http = m_fixture->http();
    const QList<TestReply> replies = {
        http.get(QStringLiteral("/account")),
        http.get(QStringLiteral("/nothing-here")),
        http.del(QStringLiteral("/account")),
        http.send("PATCH", QStringLiteral("/account"), "{oops"),
    };
    int previous = -1;
    for (const TestReply &reply : replies) {
        QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("1000"));
        bool ok = false;
        const int remaining = reply.header("x-ratelimit-remaining").toInt(&ok);
        QVERIFY(ok);
        if (previous >= 0)
            QCOMPARE(remaining, previous - 1);
        previous = remaining;
    }
}

void TestSandboxRouter::trailingSlashFindsTheRoute()
{
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account/")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxRouter)
#include "tst_sandbox_router.moc"
