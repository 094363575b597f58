// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApiClient against raw QTcpServer peers: the transport rules of the issue, proven by
// counting what actually reaches the wire.
#include "apiclient.h"
#include "apierrortext.h"
#include "ratelimiter.h"
#include "rawhttppeer.h"
#include "restaccountapi.h"
#include "restconversationsapi.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace {
constexpr auto AccountJson = R"({"success":true,"data":{"id":1,"business_name":"Acme Clinic",
    "email":"hello@acme.test","phone":"+971501234567","timezone":"UTC","locale":"en",
    "logo_url":null,"created_at":"2026-03-01T08:00:00.000000Z"}})";

// Counts the requests the client hands to the network stack, to prove "no request sent".
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

RetryPolicy fastRetries(int maxAttempts = 3)
{
    RetryPolicy policy;
    policy.setMaxAttempts(maxAttempts);
    policy.setBaseDelayMs(20);
    policy.setJitterSource([] { return 0.0; });
    return policy;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RawHttpPeer> m_peer;

    void connectTo(const QString &baseUrl, ApiConnection::AuthStyle style = ApiConnection::AuthStyle::Bearer)
    {
        ApiConnection connection;
        connection.baseUrl = QUrl(baseUrl);
        connection.apiKey = QStringLiteral("sk_test_secret123");
        connection.authStyle = style;
        m_client->setConnection(connection);
    }

    // Sends one raw request and waits for its single callback.
    ApiResult<ApiEnvelope> roundTrip(const ApiRequest &request, int timeoutMs = 10000)
    {
        std::optional<ApiResult<ApiEnvelope>> result;
        int calls = 0;
        QObject context;
        m_client->send(request, &context, [&](const ApiResult<ApiEnvelope> &r) {
            result.emplace(r);
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs); }();
        if (!result)
            return ApiError(ApiError::Kind::None);
        QTest::qWait(50);   // a second callback would show up here
        if (calls != 1)
            qWarning("callback ran %d times", calls);
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<CountingNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setRetryPolicy(fastRetries());
        m_peer = std::make_unique<RawHttpPeer>();
        QVERIFY(m_peer->listen());
        connectTo(m_peer->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_peer.reset();
        m_network.reset();
    }

    void buildsEveryRequestTheSameWay_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("bearer") << int(ApiConnection::AuthStyle::Bearer) << QByteArray("authorization")
                                << QByteArray("Bearer sk_test_secret123");
        QTest::newRow("x-api-key") << int(ApiConnection::AuthStyle::ApiKeyHeader) << QByteArray("x-api-key")
                                   << QByteArray("sk_test_secret123");
    }

    void buildsEveryRequestTheSameWay()
    {
        QFETCH(int, style);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        connectTo(m_peer->baseUrl(), ApiConnection::AuthStyle(style));
        m_peer->setHandler([](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QStringLiteral("+971 50"));
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/contacts"), query));
        QVERIFY(result.isOk());
        QCOMPARE(m_peer->requests().size(), 1);
        const RawHttpPeer::Request &sent = m_peer->requests().constFirst();
        QCOMPARE(sent.headers.value(header), value);
        QCOMPARE(sent.headers.contains("authorization"), header == "authorization");
        QCOMPARE(sent.headers.contains("x-api-key"), header == "x-api-key");
        QCOMPARE(sent.headers.value("accept"), QByteArray("application/json"));
        QVERIFY(sent.headers.value("user-agent").startsWith("SkyLightDesk/"));
        // '+' must arrive encoded, or the server reads the phone search as a space.
        QCOMPARE(sent.target, QByteArray("/api/v1/contacts?search=%2B971%2050"));
    }

    void neverAnsweringServerTimesOut()
    {
        m_client->setRetryPolicy(fastRetries(1));
        m_client->setTransferTimeout(300);
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.action = RawHttpPeer::Action::Hang;
            return reply;
        });
        QElapsedTimer timer;
        timer.start();
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(m_peer->requests().size(), 1);
    }

    void timedOutGetIsRetried()
    {
        m_client->setTransferTimeout(200);
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.action = RawHttpPeer::Action::Hang;
            return reply;
        });
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_peer->requests().size(), 3);
    }

    void sendIsNotResentAfterTimeout()
    {
        m_client->setTransferTimeout(200);
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.action = RawHttpPeer::Action::Hang;
            return reply;
        });
        QJsonObject body{{QStringLiteral("contact_id"), 42}, {QStringLiteral("content"), QStringLiteral("Hi")}};
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::post(QStringLiteral("/messages/send"), body));
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QTest::qWait(300);
        QCOMPARE(m_peer->requests().size(), 1);
    }

    void sendIsNotResentAfterDroppedConnection()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.action = RawHttpPeer::Action::Drop;
            return reply;
        });
        QJsonObject body{{QStringLiteral("contact_id"), 42}, {QStringLiteral("content"), QStringLiteral("Hi")}};
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::post(QStringLiteral("/messages/send"), body));
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QTest::qWait(300);
        QCOMPARE(m_peer->requests().size(), 1);
    }

    void sendIsNotResentAfter503()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(503, R"({"success":false,"message":"Down"})");
        });
        QJsonObject body{{QStringLiteral("contact_id"), 42}, {QStringLiteral("content"), QStringLiteral("Hi")}};
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::post(QStringLiteral("/messages/send"), body));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QCOMPARE(result.error().httpStatus, 503);
        QTest::qWait(200);
        QCOMPARE(m_peer->requests().size(), 1);
        QCOMPARE(m_peer->requests().constFirst().body, QByteArray(R"({"contact_id":42,"content":"Hi"})"));
        QCOMPARE(m_peer->requests().constFirst().headers.value("content-type"), QByteArray("application/json"));
    }

    void getIsRetriedOn503()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int index) {
            if (index < 2)
                return RawHttpPeer::json(503, R"({"success":false,"message":"Down"})");
            return RawHttpPeer::json(200, AccountJson);
        });
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QVERIFY(result.isOk());
        QCOMPARE(m_peer->requests().size(), 3);
    }

    void getGivesUpAfterThreeAttempts()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(502, R"({"success":false})");
        });
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QTest::qWait(200);
        QCOMPARE(m_peer->requests().size(), 3);
    }

    void postIsNotRetriedOn500()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(500, R"({"success":false})");
        });
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::post(QStringLiteral("/contacts"), {}));
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QCOMPARE(m_peer->requests().size(), 1);
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
        m_peer->setHandler([&](const RawHttpPeer::Request &, int index) {
            if (index > 0)
                return RawHttpPeer::json(200, AccountJson);
            QByteArray value = "1";
            if (httpDate) {
                // An HTTP date has whole seconds: two ahead is at least one second away.
                retryAt = QDateTime::currentDateTimeUtc().addSecs(2);
                value = QLocale::c().toString(retryAt, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
            }
            return RawHttpPeer::json(429, R"({"success":false,"message":"Too Many Attempts."})",
                                     {{"Retry-After", value}});
        });
        QSignalSpy rateSpy(m_client.get(), &ApiClient::rateStateChanged);
        const ApiRequest request = path == "/account"
            ? ApiRequest::get(QString::fromLatin1(path))
            : ApiRequest::post(QString::fromLatin1(path), QJsonObject{{QStringLiteral("contact_id"), 1}});

        std::optional<ApiResult<ApiEnvelope>> result;
        QObject context;
        QElapsedTimer timer;
        timer.start();
        m_client->send(request, &context, [&](const ApiResult<ApiEnvelope> &r) { result.emplace(r); });
        QTRY_COMPARE(m_peer->requests().size(), 1);
        QTRY_VERIFY(m_client->rateLimiter()->isPaused());
        QVERIFY(rateSpy.count() > 0);
        QVERIFY(m_client->rateLimiter()->pausedUntil() > QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(result->isOk());
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_peer->requests().size(), 2);
        QVERIFY(!m_client->rateLimiter()->isPaused());
    }

    void remainingHeaderNarrowsTheBudget()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(200, AccountJson,
                                     {{"X-RateLimit-Limit", "120"}, {"X-RateLimit-Remaining", "7"}});
        });
        QVERIFY(roundTrip(ApiRequest::get(QStringLiteral("/account"))).isOk());
        QCOMPARE(m_client->rateLimiter()->budgetLeft(), 7);
    }

    void redirectToAnotherOriginNeverCarriesTheKey()
    {
        RawHttpPeer other;
        QVERIFY(other.listen());
        other.setHandler([](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        const QByteArray location = other.baseUrl().toLatin1() + "/account";
        m_peer->setHandler([location](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.status = 302;
            reply.headers = {{"Location", location}};
            return reply;
        });
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QVERIFY(!result.isOk());
        QTest::qWait(200);
        for (const RawHttpPeer::Request &request : other.requests()) {
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-api-key"));
        }
        QCOMPARE(other.requests().size(), 0);
    }

    void sameOriginRedirectIsFollowed()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &request, int) {
            if (request.target.endsWith("/old-account")) {
                RawHttpPeer::Reply reply;
                reply.status = 301;
                reply.headers = {{"Location", "/api/v1/account"}};
                return reply;
            }
            return RawHttpPeer::json(200, AccountJson);
        });
        QVERIFY(roundTrip(ApiRequest::get(QStringLiteral("/old-account"))).isOk());
        QCOMPARE(m_peer->requests().size(), 2);
        QCOMPARE(m_peer->requests().at(1).headers.value("authorization"), QByteArray("Bearer sk_test_secret123"));
    }

    void plainHttpToRemoteHostIsRefusedUnsent()
    {
        connectTo(QStringLiteral("http://dashboard.skylightchat.com/api/v1"));
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::InsecureUrl);
        QVERIFY(!userMessage(result.error()).isEmpty());
        QCOMPARE(m_network->created, 0);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void errorStatusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("401") << 401 << QByteArray(R"({"success":false,"message":"Unauthenticated."})")
                             << int(ApiError::Kind::Unauthorized) << QStringLiteral("Unauthenticated.");
        QTest::newRow("403") << 403 << QByteArray(R"({"success":false,"message":"Domain not allowed."})")
                             << int(ApiError::Kind::Forbidden) << QStringLiteral("Domain not allowed.");
        QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"message":"Not found."})")
                             << int(ApiError::Kind::NotFound) << QStringLiteral("Not found.");
        QTest::newRow("422") << 422
                             << QByteArray(R"({"success":false,"message":"The given data was invalid.",
                                   "errors":{"email":["The email must be a valid email address."]}})")
                             << int(ApiError::Kind::Validation) << QStringLiteral("The given data was invalid.");
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << int(ApiError::Kind::Server)
                                  << QString();
    }

    void errorStatusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_client->setRetryPolicy(fastRetries(1));
        m_peer->setHandler([&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(status, body); });
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
        const ApiResult<ApiEnvelope> result = roundTrip(ApiRequest::post(QStringLiteral("/contacts"), {}));
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().serverMessage, message);
        QCOMPARE(unauthorized.count(), status == 401 ? 1 : 0);
        QVERIFY(!userMessage(result.error()).isEmpty());
        if (status == 422) {
            QCOMPARE(result.error().fieldErrors.value(QStringLiteral("email")),
                     QStringList{QStringLiteral("The email must be a valid email address.")});
            QCOMPARE(userMessage(result.error()), QStringLiteral("The email must be a valid email address."));
        }
    }

    void malformedBodiesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("array envelope") << QByteArray("[1,2,3]");
        QTest::newRow("data is a string") << QByteArray(R"({"success":true,"data":"oops"})");
        QTest::newRow("id is a string") << QByteArray(R"({"success":true,"data":{"id":"one"}})");
        QTest::newRow("created_at is a number") << QByteArray(R"({"success":true,"data":{"id":1,"created_at":5}})");
        QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":{"id":1,)");
    }

    void malformedBodiesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, body);
        m_peer->setHandler([&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, body); });
        RestAccountApi api(m_client.get());
        std::optional<ApiResult<Account>> result;
        QObject context;
        api.fetchAccount(&context, [&](const ApiResult<Account> &r) { result.emplace(r); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(m_peer->requests().size(), 1);
    }

    void typedCallDecodesTheAccount()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        RestAccountApi api(m_client.get());
        std::optional<ApiResult<Account>> result;
        QObject context;
        api.fetchAccount(&context, [&](const ApiResult<Account> &r) { result.emplace(r); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isOk());
        QCOMPARE(result->value().businessName, QStringLiteral("Acme Clinic"));
        QCOMPARE(m_peer->requests().constFirst().target, QByteArray("/api/v1/account"));
    }

    void deadContextCancelsTheRequest()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.action = RawHttpPeer::Action::Hang;
            return reply;
        });
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_client->send(ApiRequest::get(QStringLiteral("/account")), context.get(),
                       [&](const ApiResult<ApiEnvelope> &) { ++calls; });
        QTRY_COMPARE(m_peer->requests().size(), 1);
        QCOMPARE(m_client->pendingCount(), 1);
        context.reset();
        QCOMPARE(m_client->pendingCount(), 0);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void deadContextBeforeSendingDropsTheRequest()
    {
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_client->send(ApiRequest::get(QStringLiteral("/account")), context.get(),
                       [&](const ApiResult<ApiEnvelope> &) { ++calls; });
        context.reset();   // still queued: the event loop has not run yet
        QTest::qWait(200);
        QCOMPARE(calls, 0);
        QCOMPARE(m_peer->requests().size(), 0);
    }

    void userRequestsGoBeforeBackgroundOnes()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        // One place left in the budget: whichever leaves the queue first is the one sent.
        m_client->rateLimiter()->synchronise(1, 120);
        QObject context;
        int done = 0;
        for (int i = 0; i < 2; ++i) {
            ApiRequest background = ApiRequest::get(QStringLiteral("/background/%1").arg(i));
            background.priority = ApiClient::Priority::Background;
            m_client->send(background, &context, [&](const ApiResult<ApiEnvelope> &) { ++done; });
        }
        m_client->send(ApiRequest::get(QStringLiteral("/user")), &context,
                       [&](const ApiResult<ApiEnvelope> &) { ++done; });
        QTRY_COMPARE(m_peer->requests().size(), 1);
        QCOMPARE(m_peer->requests().constFirst().target, QByteArray("/api/v1/user"));
        QTest::qWait(100);
        QCOMPARE(m_peer->requests().size(), 1);   // the others wait for budget
        QCOMPARE(m_client->pendingCount(), 2);
    }

    void switchingAccountCancelsPendingRequests()
    {
        m_peer->setHandler([](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.action = RawHttpPeer::Action::Hang;
            return reply;
        });
        std::optional<ApiResult<ApiEnvelope>> result;
        QObject context;
        m_client->send(ApiRequest::get(QStringLiteral("/account")), &context,
                       [&](const ApiResult<ApiEnvelope> &r) { result.emplace(r); });
        QTRY_COMPARE(m_peer->requests().size(), 1);
        ApiConnection other = m_client->connection();
        other.apiKey = QStringLiteral("sk_test_other");
        m_client->setConnection(other);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_client->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
