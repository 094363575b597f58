// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The developer surface: every fault kind as the client sees it, fault scoping (method,
// pattern, count), reset, and the simulated ticket.
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

class TestSandboxDevSurface : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void statusFault();
    void rateLimitFaultCarriesRetryAfter();
    void latencyFaultDelaysThenAnswers();
    void clientGivingUpDuringLatencyDoesNotHurtTheServer();
    void droppedConnection();
    void shutdownWhileALatencyIsPending();
    void malformedBody();
    void truncatedBody();
    void lateFaultsStoreTheWriteFirst_data();
    void lateFaultsStoreTheWriteFirst();
    void dropAfterHeadersCutsASuccessfulAnswer();
    void wrongTypesTurnIdsIntoStrings();
    void successFalseKeepsTheStatus();
    void faultScopeMethodPatternAndCount();
    void faultValidation_data();
    void faultValidation();
    void listAndResetFaults();
    void developerSurfaceNeedsTheKey();
    void simulatedTicket();

private:
    void addFault(const QJsonObject &fault);
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSandboxDevSurface::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
}

void TestSandboxDevSurface::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSandboxDevSurface::cleanup()
{
    m_fixture->http().setTimeoutMs(15000);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/_sandbox/faults")).status, 200);
}

void TestSandboxDevSurface::addFault(const QJsonObject &fault)
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/_sandbox/faults"), fault);
    QCOMPARE(reply.status, 201);
}

void TestSandboxDevSurface::statusFault()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("status") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
        { QStringLiteral("status"), 503 } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QVERIFY(!reply.header("x-ratelimit-limit").isEmpty());
    // Other paths are untouched.
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account/channels")).status, 200);
}

void TestSandboxDevSurface::rateLimitFaultCarriesRetryAfter()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("rate_limit") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/contacts*") },
        { QStringLiteral("retry_after"), 7 } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/contacts"));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("retry-after"), QByteArray("7"));
    QCOMPARE(reply.header("x-ratelimit-remaining"), QByteArray("0"));
}

void TestSandboxDevSurface::latencyFaultDelaysThenAnswers()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("latency") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
        { QStringLiteral("latency_ms"), 400 } });
    QElapsedTimer timer;
    timer.start();
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(reply.dataObject().value(QStringLiteral("id")).toInt(), 1);
    // The server thread was not blocked meanwhile: an unfaulted path answers at once.
    timer.restart();
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account/channels")).status, 200);
    QVERIFY(timer.elapsed() < 300);
}

void TestSandboxDevSurface::clientGivingUpDuringLatencyDoesNotHurtTheServer()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("latency") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
        { QStringLiteral("latency_ms"), 500 }, { QStringLiteral("count"), 1 } });
    m_fixture->http().setTimeoutMs(100);
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QVERIFY(reply.timedOut);
    QCOMPARE(reply.status, 0);
    m_fixture->http().setTimeoutMs(15000);
    QTest::qWait(700); // past the latency: the server must not write to the gone socket
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account")).status, 200);
}

void TestSandboxDevSurface::shutdownWhileALatencyIsPending()
{
    // A second sandbox, stopped while it still holds a delayed request: no crash, no hang.
    SandboxFixture other;
    QVERIFY2(other.start(), qPrintable(other.error()));
    QCOMPARE(other.http()
                 .post(QStringLiteral("/_sandbox/faults"),
                     { { QStringLiteral("type"), QStringLiteral("latency") },
                         { QStringLiteral("path"), QStringLiteral("/api/v1/*") },
                         { QStringLiteral("latency_ms"), 20000 } })
                 .status,
        201);
    QNetworkAccessManager manager;
    QNetworkRequest request(other.http().url(QStringLiteral("/account")));
    request.setRawHeader("X-Api-Key", other.apiKey().toUtf8());
    QNetworkReply *reply = manager.get(request);
    QTest::qWait(200); // the request is now parked in the server
    QVERIFY(!reply->isFinished());
    QElapsedTimer timer;
    timer.start();
    other.stop();
    QVERIFY(timer.elapsed() < 5000);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QVERIFY(reply->error() != QNetworkReply::NoError);
    delete reply;
}

void TestSandboxDevSurface::droppedConnection()
{
    // No count: QNetworkAccessManager itself resends a GET once when a reused connection
    // closes before any response, so a single drop would be invisible to this client.
    addFault({ { QStringLiteral("type"), QStringLiteral("drop") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/team") } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/team"));
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(!reply.timedOut);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/_sandbox/faults")).status, 200);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/team")).status, 200);
}

void TestSandboxDevSurface::malformedBody()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("malformed") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(!reply.jsonValid);
}

void TestSandboxDevSurface::truncatedBody()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("truncated") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.jsonValid);
    QVERIFY(reply.body.startsWith("{\"data\":") || reply.body.startsWith("{\"success\""));
    QVERIFY(reply.body.size() > 10);
}

int contactCount(TestHttp &http)
{
    return http.get(QStringLiteral("/contacts"), QUrlQuery { { QStringLiteral("per_page"), QStringLiteral("1") } })
        .meta()
        .value(QStringLiteral("total"))
        .toInt();
}

void TestSandboxDevSurface::lateFaultsStoreTheWriteFirst_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("stored");
    const auto fault = [](const char *type, bool afterRun) {
        return QJsonObject { { QStringLiteral("type"), QLatin1String(type) },
            { QStringLiteral("path"), QStringLiteral("/api/v1/contacts") },
            { QStringLiteral("method"), QStringLiteral("POST") }, { QStringLiteral("status"), 502 },
            { QStringLiteral("after_run"), afterRun } };
    };
    QTest::newRow("drop") << fault("drop", false) << 0;
    QTest::newRow("drop after run") << fault("drop", true) << 1;
    QTest::newRow("502") << fault("status", false) << 0;
    QTest::newRow("502 after run") << fault("status", true) << 1;
    QTest::newRow("malformed after run") << fault("malformed", true) << 1;
    QTest::newRow("drop after headers") << fault("drop_after_headers", false) << 1;
    QTest::newRow("wrong types") << fault("wrong_types", false) << 1;
    QTest::newRow("success false") << fault("success_false", false) << 1;
}

void TestSandboxDevSurface::lateFaultsStoreTheWriteFirst()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, stored);
    TestHttp &http = m_fixture->http();
    const int before = contactCount(http);
    addFault(fault);
    const TestReply listed = http.get(QStringLiteral("/_sandbox/faults"));
    QCOMPARE(listed.dataArray().first().toObject().value(QStringLiteral("after_run")).toBool(),
        bool(stored));
    // A raw socket, sent once: QNetworkAccessManager may resend a body after a drop.
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("Late fault") },
        { QStringLiteral("email"), QStringLiteral("late%1@example.com").arg(before) } })
                                .toJson(QJsonDocument::Compact);
    const QUrl url = http.url(QStringLiteral("/contacts"));
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST " + url.path().toLatin1() + " HTTP/1.1\r\nHost: " + url.host().toLatin1()
        + "\r\nX-Api-Key: " + m_fixture->apiKey().toLatin1()
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(socket.waitForBytesWritten(5000));
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState, 5000);
    QTest::qWait(50);
    QCOMPARE(http.del(QStringLiteral("/_sandbox/faults")).status, 200);
    QCOMPARE(contactCount(http), before + stored);
}

void TestSandboxDevSurface::dropAfterHeadersCutsASuccessfulAnswer()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("drop_after_headers") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(!reply.jsonValid);
}

void TestSandboxDevSurface::wrongTypesTurnIdsIntoStrings()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("wrong_types") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.dataObject().value(QStringLiteral("id")).toString(), QStringLiteral("id-1"));
}

void TestSandboxDevSurface::successFalseKeepsTheStatus()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("success_false") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") } });
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QVERIFY(reply.data().isNull());
}

void TestSandboxDevSurface::faultScopeMethodPatternAndCount()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("status") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/contacts/*") },
        { QStringLiteral("method"), QStringLiteral("delete") }, { QStringLiteral("status"), 502 },
        { QStringLiteral("count"), 2 } });
    const qint64 id = m_fixture->http()
                          .post(QStringLiteral("/contacts"),
                              { { QStringLiteral("name"), QStringLiteral("Scoped") },
                                  { QStringLiteral("email"), QStringLiteral("s@example.com") } })
                          .dataObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/%1").arg(id)).status, 200);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id)).status, 502);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id)).status, 502);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id)).status, 200);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/_sandbox/faults")).dataArray().size(), 0);
}

void TestSandboxDevSurface::faultValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no type") << QByteArray(R"({"path": "/api/v1/*"})") << QStringLiteral("type");
    QTest::newRow("bad type") << QByteArray(R"({"type": "explode", "path": "/api/v1/*"})")
                              << QStringLiteral("type");
    QTest::newRow("no path") << QByteArray(R"({"type": "status"})") << QStringLiteral("path");
    QTest::newRow("latency too long")
        << QByteArray(R"({"type": "latency", "path": "/x", "latency_ms": 3600000})")
        << QStringLiteral("latency_ms");
    QTest::newRow("status out of range")
        << QByteArray(R"({"type": "status", "path": "/x", "status": 42})")
        << QStringLiteral("status");
    QTest::newRow("after_run not a bool")
        << QByteArray(R"({"type": "drop", "path": "/x", "after_run": "yes"})")
        << QStringLiteral("after_run");
    QTest::newRow("after_run on a 429")
        << QByteArray(R"({"type": "rate_limit", "path": "/x", "after_run": true})")
        << QStringLiteral("after_run");
    QTest::newRow("count zero") << QByteArray(R"({"type": "status", "path": "/x", "count": 0})")
                                << QStringLiteral("count");
}

void TestSandboxDevSurface::faultValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const TestReply reply
        = m_fixture->http().send("POST", QStringLiteral("/_sandbox/faults"), body);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.errors().contains(field), reply.body.constData());
}

void TestSandboxDevSurface::listAndResetFaults()
{
    addFault({ { QStringLiteral("type"), QStringLiteral("status") },
        { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
        { QStringLiteral("status"), 500 } });
    const TestReply list = m_fixture->http().get(QStringLiteral("/_sandbox/faults"));
    QCOMPARE(list.dataArray().size(), 1);
    QCOMPARE(list.dataArray().first().toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("status"));
    QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/reset")).status, 200);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/_sandbox/faults")).dataArray().size(), 0);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account")).status, 200);
}

void TestSandboxDevSurface::developerSurfaceNeedsTheKey()
{
    TestHttp &http = m_fixture->http();
    http.setAuth(TestHttp::Auth::None);
    const TestReply reply = http.post(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("type"), QStringLiteral("drop") },
            { QStringLiteral("path"), QStringLiteral("/*") } });
    http.setAuth(TestHttp::Auth::Bearer);
    QCOMPARE(reply.status, 401);
    QCOMPARE(http.get(QStringLiteral("/_sandbox/faults")).dataArray().size(), 0);
    QCOMPARE(http.get(QStringLiteral("/_sandbox/nothing")).status, 404);
}

void TestSandboxDevSurface::simulatedTicket()
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/_sandbox/tickets"),
        { { QStringLiteral("subject"), QStringLiteral("Cannot log in") } });
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.dataObject().value(QStringLiteral("subject")).toString(),
        QStringLiteral("Cannot log in"));
    QCOMPARE(reply.dataObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(
        m_fixture->http()
            .post(QStringLiteral("/_sandbox/tickets"), { { QStringLiteral("contact_id"), 999999 } })
            .status,
        422);
}

QTEST_GUILESS_MAIN(TestSandboxDevSurface)
#include "tst_sandbox_devsurface.moc"
