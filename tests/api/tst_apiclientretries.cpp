// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApiClient's retries, time-outs and rate limiting against raw QTcpServer peers, proven by
// counting the requests that actually reach the wire.
#include "clientpeerfixture.h"
#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

class TestApiClientRetries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientPeerFixture> m_f;

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ClientPeerFixture>();
        QVERIFY(m_f->peer.port() != 0);
    }

    void cleanup() { m_f.reset(); }

    void neverAnsweringServerTimesOut()
    {
        m_f->client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
        m_f->client.setTransferTimeout(500);
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        QElapsedTimer timer;
        timer.start();
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() >= 450);
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void timedOutGetIsRetried()
    {
        m_f->client.setTransferTimeout(500); // room for a loaded machine to connect first
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_f->peer.requests().size(), 3);
    }

    void sendIsNotResentAfterTimeout()
    {
        m_f->client.setTransferTimeout(500); // room for a loaded machine to connect first
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        QJsonObject body { { QStringLiteral("contact_id"), 42 },
            { QStringLiteral("content"), QStringLiteral("Hi") } };
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::post(QStringLiteral("/messages/send"), body));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QTest::qWait(300);
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void sendIsNotResentAfterDroppedConnection()
    {
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return ClientPeerFixture::drop(); });
        QJsonObject body { { QStringLiteral("contact_id"), 42 },
            { QStringLiteral("content"), QStringLiteral("Hi") } };
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::post(QStringLiteral("/messages/send"), body));
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QTest::qWait(300);
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void sendIsNotResentAfter503()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(503, R"({"success":false,"message":"Down"})");
        });
        QJsonObject body { { QStringLiteral("contact_id"), 42 },
            { QStringLiteral("content"), QStringLiteral("Hi") } };
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::post(QStringLiteral("/messages/send"), body));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QCOMPARE(result.error().httpStatus, 503);
        QTest::qWait(200);
        QCOMPARE(m_f->peer.requests().size(), 1);
        QCOMPARE(m_f->peer.requests().constFirst().body,
            QByteArray(R"({"contact_id":42,"content":"Hi"})"));
        QCOMPARE(m_f->peer.requests().constFirst().headers.value("content-type"),
            QByteArray("application/json"));
    }

    void getIsRetriedOn503()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int index) {
            if (index < 2)
                return RawHttpPeer::json(503, R"({"success":false,"message":"Down"})");
            return RawHttpPeer::json(200, AccountJson);
        });
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QVERIFY(result.isOk());
        QCOMPARE(m_f->peer.requests().size(), 3);
    }

    void getGivesUpAfterThreeAttempts()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(502, R"({"success":false})");
        });
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QTest::qWait(200);
        QCOMPARE(m_f->peer.requests().size(), 3);
    }

    void postIsNotRetriedOn500()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(500, R"({"success":false})");
        });
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::post(QStringLiteral("/contacts"), {}));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void rateLimitedRequestWaitsForRetryAfter_data()
    {
        QTest::addColumn<bool>("httpDate");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("seconds, GET") << false << QByteArray("/account");
        QTest::newRow("http date, GET") << true << QByteArray("/account");
        QTest::newRow("seconds, POST /messages/send") << false << QByteArray("/messages/send");
    }

    void rateLimitedRequestWaitsForRetryAfter()
    {
        QFETCH(bool, httpDate);
        QFETCH(QByteArray, path);
        QDateTime retryAt;
        m_f->peer.setHandler([&](const RawHttpPeer::Request &, int index) {
            if (index > 0)
                return RawHttpPeer::json(200, AccountJson);
            QByteArray value = "1";
            if (httpDate) {
                // An HTTP date has whole seconds: two ahead is at least one second away.
                retryAt = QDateTime::currentDateTimeUtc().addSecs(2);
                value = QLocale::c()
                            .toString(retryAt, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                            .toLatin1()
                    + " GMT";
            }
            return RawHttpPeer::json(429, R"({"success":false,"message":"Too Many Attempts."})",
                { { "Retry-After", value } });
        });
        QSignalSpy rateSpy(&m_f->client, &ApiClient::rateStateChanged);
        const ApiRequest request = path == "/account"
            ? ApiRequest::get(QString::fromLatin1(path))
            : ApiRequest::post(
                QString::fromLatin1(path), QJsonObject { { QStringLiteral("contact_id"), 1 } });

        std::optional<ApiResult<ApiEnvelope>> result;
        QObject context;
        QElapsedTimer timer;
        timer.start();
        m_f->client.send(
            request, &context, [&](const ApiResult<ApiEnvelope> &r) { result.emplace(r); });
        QTRY_COMPARE(m_f->peer.requests().size(), 1);
        QTRY_VERIFY(m_f->client.rateLimiter()->isPaused());
        QVERIFY(rateSpy.count() > 0);
        QVERIFY(m_f->client.rateLimiter()->pausedUntil() > QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(result->isOk());
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_f->peer.requests().size(), 2);
        QVERIFY(!m_f->client.rateLimiter()->isPaused());
    }

    void remainingHeaderNarrowsTheBudget()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(200, AccountJson,
                { { "X-RateLimit-Limit", "120" }, { "X-RateLimit-Remaining", "7" } });
        });
        QVERIFY(m_f->roundTrip(ApiRequest::get(QStringLiteral("/account"))).isOk());
        QCOMPARE(m_f->client.rateLimiter()->budgetLeft(), 7);
    }

    void longRateLimitIsReportedWithItsTime()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(429, R"({"success":false})", { { "Retry-After", "600" } });
        });
        QElapsedTimer timer;
        timer.start();
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(result.error().kind, ApiError::Kind::RateLimited);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(result.error().retryAfter);
        QVERIFY2(wait > 590 && wait <= 600, qPrintable(QString::number(wait)));
        QVERIFY(m_f->client.rateLimiter()->isPaused());
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void userRequestsGoBeforeBackgroundOnes()
    {
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        // One place left in the budget: whichever leaves the queue first is the one sent.
        m_f->client.rateLimiter()->synchronise(1, 120);
        QObject context;
        int done = 0;
        for (int i = 0; i < 2; ++i) {
            ApiRequest background = ApiRequest::get(QStringLiteral("/background/%1").arg(i));
            background.priority = ApiClient::Priority::Background;
            m_f->client.send(background, &context, [&](const ApiResult<ApiEnvelope> &) { ++done; });
        }
        m_f->client.send(ApiRequest::get(QStringLiteral("/user")), &context,
            [&](const ApiResult<ApiEnvelope> &) { ++done; });
        QTRY_COMPARE(m_f->peer.requests().size(), 1);
        QCOMPARE(m_f->peer.requests().constFirst().target, QByteArray("/api/v1/user"));
        QTest::qWait(100);
        QCOMPARE(m_f->peer.requests().size(), 1); // the others wait for budget
        QCOMPARE(m_f->client.pendingCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApiClientRetries)
#include "tst_apiclientretries.moc"
