// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApiClient against raw QTcpServer peers: how requests are built and refused, how answers
// become results and errors, cancellation, and what the log may say.
#include "apierrortext.h"
#include "apilogging.h"
#include "clientpeerfixture.h"
#include "ratelimiter.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

class TestApiClient : public QObject
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

    void buildsEveryRequestTheSameWay_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("bearer") << int(ApiConnection::AuthStyle::Bearer)
                                << QByteArray("authorization")
                                << QByteArray("Bearer sk_test_secret123");
        QTest::newRow("x-api-key") << int(ApiConnection::AuthStyle::ApiKeyHeader)
                                   << QByteArray("x-api-key") << QByteArray("sk_test_secret123");
    }

    void buildsEveryRequestTheSameWay()
    {
        QFETCH(int, style);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        m_f->connectTo(m_f->peer.baseUrl(), ApiConnection::AuthStyle(style));
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QStringLiteral("+971 50"));
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/contacts"), query));
        QVERIFY(result.isOk());
        QCOMPARE(m_f->peer.requests().size(), 1);
        const RawHttpPeer::Request &sent = m_f->peer.requests().constFirst();
        QCOMPARE(sent.headers.value(header), value);
        QCOMPARE(sent.headers.contains("authorization"), header == "authorization");
        QCOMPARE(sent.headers.contains("x-api-key"), header == "x-api-key");
        QCOMPARE(sent.headers.value("accept"), QByteArray("application/json"));
        QVERIFY(sent.headers.value("user-agent").startsWith("SkyLightDesk/"));
        // '+' must arrive encoded, or the server reads the phone search as a space.
        QCOMPARE(sent.target, QByteArray("/api/v1/contacts?search=%2B971%2050"));
    }

    void redirectToAnotherOriginNeverCarriesTheKey()
    {
        RawHttpPeer other;
        QVERIFY(other.listen());
        other.setHandler(
            [](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        const QByteArray location = other.baseUrl().toLatin1() + "/account";
        m_f->peer.setHandler([location](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.status = 302;
            reply.headers = { { "Location", location } };
            return reply;
        });
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
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
        m_f->peer.setHandler([](const RawHttpPeer::Request &request, int) {
            if (request.target.endsWith("/old-account")) {
                RawHttpPeer::Reply reply;
                reply.status = 301;
                reply.headers = { { "Location", "/api/v1/account" } };
                return reply;
            }
            return RawHttpPeer::json(200, AccountJson);
        });
        QVERIFY(m_f->roundTrip(ApiRequest::get(QStringLiteral("/old-account"))).isOk());
        QCOMPARE(m_f->peer.requests().size(), 2);
        QCOMPARE(m_f->peer.requests().at(1).headers.value("authorization"),
            QByteArray("Bearer sk_test_secret123"));
    }

    void onlyHttpsOrLoopbackIsAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("production")
            << QStringLiteral("https://dashboard.skylightchat.com/api/v1") << true;
        QTest::newRow("https anywhere") << QStringLiteral("https://10.0.0.5/api/v1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/api/v1") << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080/api/v1") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/api/v1") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/api/v1") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/api/v1") << true;
        QTest::newRow("http remote")
            << QStringLiteral("http://dashboard.skylightchat.com/api/v1") << false;
        QTest::newRow("http LAN") << QStringLiteral("http://192.168.1.20/api/v1") << false;
        QTest::newRow("http any address") << QStringLiteral("http://0.0.0.0:8080/api/v1") << false;
        QTest::newRow("localhost lookalike")
            << QStringLiteral("http://localhost.example.com/api/v1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/api/v1") << false;
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8080/api/v1") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void onlyHttpsOrLoopbackIsAllowed()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiConnection::isAllowedUrl(QUrl(url)), allowed);
    }

    void baseUrlSlashesDoNotMatter_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("no slash") << QStringLiteral("http://127.0.0.1:9/api/v1");
        QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:9/api/v1/");
    }

    void baseUrlSlashesDoNotMatter()
    {
        QFETCH(QString, base);
        m_f->connectTo(base);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QStringLiteral("سارة & co"));
        const QUrl url = m_f->client.urlFor(ApiRequest::get(QStringLiteral("/contacts"), query));
        QCOMPARE(url.path(), QStringLiteral("/api/v1/contacts"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
            QStringLiteral("سارة & co"));
        QCOMPARE(m_f->client.urlFor(ApiRequest::get(QStringLiteral("/account"))).toString(),
            QStringLiteral("http://127.0.0.1:9/api/v1/account"));
    }

    void anyTwoHundredIsSuccess_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("204 without body") << 204 << QByteArray();
        QTest::newRow("200 with message")
            << 200 << QByteArray(R"({"success":true,"message":"Deleted."})");
        QTest::newRow("202 success false")
            << 202 << QByteArray(R"({"success":false,"message":"Queued."})");
    }

    void anyTwoHundredIsSuccess()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_f->peer.setHandler([&](const RawHttpPeer::Request &, int) {
            RawHttpPeer::Reply reply;
            reply.status = status;
            reply.body = body;
            return reply;
        });
        RestContactsApi api(&m_f->client);
        std::optional<ApiResult<ApiDone>> result;
        QObject context;
        api.remove(4, &context, [&](const ApiResult<ApiDone> &r) { result.emplace(r); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isOk());
        QCOMPARE(m_f->peer.requests().constFirst().method, QByteArray("DELETE"));
        if (!body.isEmpty())
            QVERIFY(!result->value().message.isEmpty());
    }

    void plainHttpToRemoteHostIsRefusedUnsent()
    {
        m_f->connectTo(QStringLiteral("http://dashboard.skylightchat.com/api/v1"));
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::InsecureUrl);
        QVERIFY(!userMessage(result.error()).isEmpty());
        QCOMPARE(m_f->network.created, 0);
        QCOMPARE(m_f->client.pendingCount(), 0);
    }

    void answerOverTheSizeCapIsRefused()
    {
        m_f->client.setRetryPolicy(ClientPeerFixture::fastRetries(3));
        m_f->client.setMaxResponseBytes(4096);
        const QByteArray big = "{\"success\":true,\"data\":\"" + QByteArray(10000, 'x') + "\"}";
        m_f->peer.setHandler([&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, big); });
        const ApiResult<ApiEnvelope> result = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")));
        QCOMPARE(result.error().kind, ApiError::Kind::ResponseTooLarge);
        QVERIFY(userMessage(result.error()).contains(QLatin1String("too large")));
        QCOMPARE(m_f->peer.requests().size(), 1); // not retried: it would be as large again
    }

    void announcedOversizeIsRefusedBeforeTheBody()
    {
        // 100 MB announced, none of it sent: the default 16 MB cap ends it at the headers.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 100000000\r\n\r\n{\"success\":true,");
                });
            }
        });
        QCOMPARE(m_f->client.maxResponseBytes(), 16 * 1024 * 1024);
        m_f->client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
        m_f->connectTo(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(server.serverPort()));
        QElapsedTimer clock;
        clock.start();
        const ApiResult<ApiEnvelope> result = m_f->roundTrip(ApiRequest::get(QStringLiteral("/account")), 5000);
        QCOMPARE(result.error().kind, ApiError::Kind::ResponseTooLarge);
        QVERIFY(clock.elapsed() < 4000);
    }

    void aLargeAnswerReachesTheGuiThreadInBoundedSlices()
    {
        // Qt stops reading the socket once a reply holds readSliceBytes, so the GUI thread
        // never copies a whole 30 MB answer at once (bench_largeanswers shows the stall);
        // the answer still arrives whole.
        const QByteArray body = "{\"success\":true,\"data\":\""
            + QByteArray(3 * ApiClient::readSliceBytes + 17, 'x') + "\"}";
        m_f->peer.setHandler([&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, body); });
        const ApiRequest request = ApiRequest::get(QStringLiteral("/account"));
        std::optional<ApiResult<ApiEnvelope>> result;
        QObject context;
        m_f->client.send(request, &context, [&](const ApiResult<ApiEnvelope> &r) { result = r; });
        QTRY_COMPARE(m_f->network.replies.size(), 1);
        QNetworkReply *reply = m_f->network.replies.first();
        QVERIFY(reply);
        QCOMPARE(reply->readBufferSize(), ApiClient::readSliceBytes);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->isOk(), qPrintable(result->error().detail));
        QCOMPARE(result->value().data.toString().size(), 3 * ApiClient::readSliceBytes + 17);
    }

    void largeTypedAnswersAreDecodedInAWorker()
    {
        QByteArray items;
        for (int i = 1; i <= 2000; ++i)
            items += (i > 1 ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + "}";
        const QByteArray body = "{\"success\":true,\"data\":[" + items + "],\"filler\":\""
            + QByteArray(ApiClient::backgroundDecodeBytes, ' ') + "\"}";
        m_f->peer.setHandler([&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, body); });
        QThread *decodedIn = nullptr;
        QThread *deliveredIn = nullptr;
        qsizetype count = 0;
        QObject context;
        m_f->client.send(ApiRequest::get(QStringLiteral("/contacts")), &context,
            EnvelopeDecoder([&](const ApiResult<ApiEnvelope> &result) -> EnvelopeDelivery {
                decodedIn = QThread::currentThread();
                const qsizetype decoded = result ? result.value().data.toArray().size() : -1;
                return [&, decoded] {
                    deliveredIn = QThread::currentThread();
                    count = decoded;
                };
            }));
        QTRY_VERIFY_WITH_TIMEOUT(deliveredIn, 10000);
        QCOMPARE(count, 2000);
        QVERIFY(decodedIn && decodedIn != QThread::currentThread());
        QCOMPARE(deliveredIn, QThread::currentThread());
        QCOMPARE(m_f->client.pendingCount(), 0);
    }

    void errorStatusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("401") << 401
                             << QByteArray(R"({"success":false,"message":"Unauthenticated."})")
                             << int(ApiError::Kind::Unauthorized)
                             << QStringLiteral("Unauthenticated.");
        QTest::newRow("403") << 403
                             << QByteArray(R"({"success":false,"message":"Domain not allowed."})")
                             << int(ApiError::Kind::Forbidden)
                             << QStringLiteral("Domain not allowed.");
        QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"message":"Not found."})")
                             << int(ApiError::Kind::NotFound) << QStringLiteral("Not found.");
        QTest::newRow("422") << 422
                             << QByteArray(
                                    R"({"success":false,"message":"The given data was invalid.",
                                   "errors":{"email":["The email must be a valid email address."]}})")
                             << int(ApiError::Kind::Validation)
                             << QStringLiteral("The given data was invalid.");
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>")
                                  << int(ApiError::Kind::Server) << QString();
    }

    void errorStatusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_f->client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
        m_f->peer.setHandler(
            [&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(status, body); });
        QSignalSpy unauthorized(&m_f->client, &ApiClient::unauthorized);
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::post(QStringLiteral("/contacts"), {}));
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().serverMessage, message);
        QCOMPARE(unauthorized.count(), status == 401 ? 1 : 0);
        QVERIFY(!userMessage(result.error()).isEmpty());
        if (status == 422) {
            QCOMPARE(result.error().fieldErrors.value(QStringLiteral("email")),
                QStringList { QStringLiteral("The email must be a valid email address.") });
            QCOMPARE(userMessage(result.error()),
                QStringLiteral("The email must be a valid email address."));
        }
    }

    void unauthorizedIsSignalledOncePerKey()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(401, R"({"success":false,"message":"Unauthenticated."})");
        });
        QSignalSpy unauthorized(&m_f->client, &ApiClient::unauthorized);
        QObject context;
        int failures = 0;
        for (int i = 0; i < 3; ++i) {
            m_f->client.send(ApiRequest::get(QStringLiteral("/account")), &context,
                [&](const ApiResult<ApiEnvelope> &r) { failures += r.isOk() ? 0 : 1; });
        }
        QTRY_COMPARE(failures, 3);
        QCOMPARE(unauthorized.count(), 1);

        // A new key is a new chance to be refused.
        ApiConnection other = m_f->client.connection();
        other.apiKey = QStringLiteral("sk_test_other");
        m_f->client.setConnection(other);
        QCOMPARE(m_f->roundTrip(ApiRequest::get(QStringLiteral("/account"))).error().kind,
            ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.count(), 2);
    }

    void slotsMayReplaceTheConnectionFromASignal()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(401, R"({"success":false,"message":"Unauthenticated."})");
        });
        // What the app does: on 401 it asks for a key and sets a new connection at once.
        connect(&m_f->client, &ApiClient::unauthorized, this, [this] {
            ApiConnection other = m_f->client.connection();
            other.apiKey = QStringLiteral("sk_test_replaced");
            m_f->client.setConnection(other);
        });
        QObject context;
        QList<ApiError::Kind> kinds;
        for (int i = 0; i < 2; ++i) {
            m_f->client.send(ApiRequest::get(QStringLiteral("/account")), &context,
                [&](const ApiResult<ApiEnvelope> &r) { kinds.append(r.error().kind); });
        }
        QTRY_COMPARE(kinds.size(), 2);
        QTest::qWait(100);
        QCOMPARE(kinds.size(), 2);
        QVERIFY(kinds.contains(ApiError::Kind::Unauthorized)
            || kinds.contains(ApiError::Kind::Cancelled));
        QCOMPARE(m_f->client.pendingCount(), 0);
        QCOMPARE(m_f->client.connection().apiKey, QStringLiteral("sk_test_replaced"));
    }

    void logNamesMethodPathAndStatusButNeverSecrets()
    {
        static QStringList captured;
        captured.clear();
        // ctest's QT_LOGGING_RULES silences debug output and outranks setFilterRules().
        auto &category = const_cast<QLoggingCategory &>(lcApi());
        const bool wasEnabled = category.isDebugEnabled();
        category.setEnabled(QtDebugMsg, true);
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                         const QString &message) { captured.append(message); });
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int index) {
            if (index == 0)
                return RawHttpPeer::json(503, R"({"message":"secret-server-body"})");
            return RawHttpPeer::json(200, R"({"data":{"id":1,"email":"private@example.com"}})");
        });
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QStringLiteral("private-search-term"));
        const ApiResult<ApiEnvelope> result
            = m_f->roundTrip(ApiRequest::get(QStringLiteral("/contacts"), query));
        qInstallMessageHandler(previous);
        category.setEnabled(QtDebugMsg, wasEnabled);

        QVERIFY(result.isOk());
        const QString log = captured.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("GET /contacts -> 503")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("GET /contacts -> 200")), qPrintable(log));
        for (const char *secret : { "sk_test_secret123", "Bearer", "Authorization",
                 "secret-server-body", "private@example.com", "private-search-term" })
            QVERIFY2(!log.contains(QLatin1String(secret)), secret);
    }

    void malformedBodiesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("array envelope") << QByteArray("[1,2,3]");
        QTest::newRow("data is a string") << QByteArray(R"({"success":true,"data":"oops"})");
        QTest::newRow("id is a string") << QByteArray(R"({"success":true,"data":{"id":"one"}})");
        QTest::newRow("created_at is a number")
            << QByteArray(R"({"success":true,"data":{"id":1,"created_at":5}})");
        QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":{"id":1,)");
    }

    void malformedBodiesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, body);
        m_f->peer.setHandler(
            [&](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, body); });
        RestAccountApi api(&m_f->client);
        std::optional<ApiResult<Account>> result;
        QObject context;
        api.fetchAccount(&context, [&](const ApiResult<Account> &r) { result.emplace(r); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void typedCallDecodesTheAccount()
    {
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        RestAccountApi api(&m_f->client);
        std::optional<ApiResult<Account>> result;
        QObject context;
        api.fetchAccount(&context, [&](const ApiResult<Account> &r) { result.emplace(r); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isOk());
        QCOMPARE(result->value().businessName, QStringLiteral("Acme Clinic"));
        QCOMPARE(m_f->peer.requests().constFirst().target, QByteArray("/api/v1/account"));
    }

    void deadContextCancelsTheRequest()
    {
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_f->client.send(ApiRequest::get(QStringLiteral("/account")), context.get(),
            [&](const ApiResult<ApiEnvelope> &) { ++calls; });
        QTRY_COMPARE(m_f->peer.requests().size(), 1);
        QCOMPARE(m_f->client.pendingCount(), 1);
        context.reset();
        QCOMPARE(m_f->client.pendingCount(), 0);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void deadContextBeforeSendingDropsTheRequest()
    {
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_f->client.send(ApiRequest::get(QStringLiteral("/account")), context.get(),
            [&](const ApiResult<ApiEnvelope> &) { ++calls; });
        context.reset(); // still queued: the event loop has not run yet
        QTest::qWait(200);
        QCOMPARE(calls, 0);
        QCOMPARE(m_f->peer.requests().size(), 0);
    }

    void switchingAccountCancelsPendingRequests()
    {
        m_f->peer.setHandler(
            [](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        std::optional<ApiResult<ApiEnvelope>> result;
        QObject context;
        m_f->client.send(ApiRequest::get(QStringLiteral("/account")), &context,
            [&](const ApiResult<ApiEnvelope> &r) { result.emplace(r); });
        QTRY_COMPARE(m_f->peer.requests().size(), 1);
        ApiConnection other = m_f->client.connection();
        other.apiKey = QStringLiteral("sk_test_other");
        m_f->client.setConnection(other);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_f->client.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
