// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooks/deliverysink.h"
#include "webhooks/webhookdispatcher.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Sandbox;

namespace {

// The deliveries log kept in memory, as the database sink keeps it in SQLite.
class MemorySink : public DeliverySink
{
public:
    qint64 attemptStarted(const DeliveryAttempt &attempt) override
    {
        DeliveryAttempt stored = attempt;
        stored.id = ++lastId;
        records.append(stored);
        return stored.id;
    }
    void attemptFinished(const DeliveryAttempt &attempt) override
    {
        for (DeliveryAttempt &record : records) {
            if (record.id == attempt.id)
                record = attempt;
        }
    }
    QString signingSecret(qint64 webhookId) override { return secrets.value(webhookId); }

    QHash<qint64, QString> secrets;
    QList<DeliveryAttempt> records;
    qint64 lastId = 0;
};

struct Received
{
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

// Independent of WebhookSigner on purpose: the test computes the HMAC itself.
QByteArray expectedSignature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestWebhookDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_received.clear();
        m_server = std::make_unique<QHttpServer>();
        const auto record = [this](const QHttpServerRequest &request) {
            Received received;
            received.body = request.body();
            for (const auto &header : request.headers())
                received.headers.insert(header.first.toLower(), header.second);
            m_received.append(received);
        };
        m_server->route(QStringLiteral("/ok"), QHttpServerRequest::Method::Post,
                        [record](const QHttpServerRequest &request) {
                            record(request);
                            return QHttpServerResponse("text/plain", "thanks", QHttpServerResponse::StatusCode::Ok);
                        });
        m_server->route(QStringLiteral("/accepted"), QHttpServerRequest::Method::Post,
                        [record](const QHttpServerRequest &request) {
                            record(request);
                            return QHttpServerResponse("text/plain", "", QHttpServerResponse::StatusCode::Accepted);
                        });
        m_server->route(QStringLiteral("/fail"), QHttpServerRequest::Method::Post,
                        [record](const QHttpServerRequest &request) {
                            record(request);
                            return QHttpServerResponse("text/plain", "boom",
                                                       QHttpServerResponse::StatusCode::InternalServerError);
                        });
        m_server->route(QStringLiteral("/big"), QHttpServerRequest::Method::Post,
                        [record](const QHttpServerRequest &request) {
                            record(request);
                            return QHttpServerResponse("text/plain", QByteArray(5000, 'x'),
                                                       QHttpServerResponse::StatusCode::Ok);
                        });
        m_server->route(QStringLiteral("/redirect"), QHttpServerRequest::Method::Post,
                        [record](const QHttpServerRequest &request) {
                            record(request);
                            QHttpServerResponse response("text/plain", "", QHttpServerResponse::StatusCode::Found);
                            response.setHeader("Location", "/ok");
                            return response;
                        });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        m_sink.records.clear();
        m_sink.secrets = { { 5, QStringLiteral("whsec_testsecret0001") } };
    }

    void cleanup() { m_server.reset(); }

    void successIsSignedWithTheContractHeaders()
    {
        WebhookDispatcher dispatcher(&m_sink);
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        const QByteArray body = R"({"id":"evt_1","event":"booking.created","created_at":"2026-03-04T09:00:00.000000Z","data":{"id":101}})";
        const qint64 recordId = dispatcher.dispatch(5, url("/ok"), QStringLiteral("booking.created"), body);

        // Delivery is asynchronous: nothing has been sent when dispatch() returns.
        QVERIFY(recordId > 0);
        QCOMPARE(m_received.size(), 0);
        QCOMPARE(dispatcher.pendingCount(), 1);
        QCOMPARE(m_sink.records.size(), 1);
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("pending"));

        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QCOMPARE(finished.at(0).at(3).toInt(), 1);
        QCOMPARE(m_received.size(), 1);
        const Received &got = m_received.at(0);
        QCOMPARE(got.body, body);
        QCOMPARE(got.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(got.headers.value("x-skylight-event"), QByteArray("booking.created"));
        QCOMPARE(got.headers.value("x-skylight-delivery"), QByteArray::number(recordId));
        QCOMPARE(got.headers.value("x-skylight-signature"), expectedSignature(body, "whsec_testsecret0001"));

        QCOMPARE(m_sink.records.size(), 1);
        const DeliveryAttempt &record = m_sink.records.at(0);
        QCOMPARE(record.id, recordId);
        QCOMPARE(record.webhookId, qint64(5));
        QCOMPARE(record.status, QStringLiteral("success"));
        QCOMPARE(record.attempt, 1);
        QCOMPARE(record.responseStatus, 200);
        QCOMPARE(record.responseBody, QByteArray("thanks"));
        QCOMPARE(record.requestBody, body);
        QVERIFY(record.error.isEmpty());
        QVERIFY(record.durationMs >= 0);
        QCOMPARE(dispatcher.pendingCount(), 0);
    }

    void anyTwoHundredIsSuccess()
    {
        WebhookDispatcher dispatcher(&m_sink);
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, url("/accepted"), QStringLiteral("contact.created"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_sink.records.at(0).responseStatus, 202);
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("success"));
    }

    void serverErrorIsRetriedThreeTimesWithGrowingDelays()
    {
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 3, { 100, 300 }, 5000 });
        QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> finishedAt;
        connect(&dispatcher, &WebhookDispatcher::attemptFinished, this,
                [&finishedAt, &clock] { finishedAt.append(clock.elapsed()); });
        dispatcher.dispatch(5, url("/fail"), QStringLiteral("booking.cancelled"), R"({"n":1})");
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QCOMPARE(finished.at(0).at(3).toInt(), 3);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(m_received.size(), 3);
        QCOMPARE(m_sink.records.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const DeliveryAttempt &record = m_sink.records.at(i);
            QCOMPARE(record.attempt, i + 1);
            QCOMPARE(record.status, QStringLiteral("failed"));
            QCOMPARE(record.responseStatus, 500);
            QCOMPARE(record.responseBody, QByteArray("boom"));
            QCOMPARE(record.requestBody, QByteArray(R"({"n":1})"));
            QVERIFY(record.error.isEmpty());
            QCOMPARE(m_received.at(i).headers.value("x-skylight-delivery"), QByteArray::number(record.id));
        }
        QCOMPARE(finishedAt.size(), 3);
        QVERIFY(finishedAt.at(1) - finishedAt.at(0) >= 100);
        QVERIFY(finishedAt.at(2) - finishedAt.at(1) >= 300);
        // No fourth attempt comes later.
        QTest::qWait(400);
        QCOMPARE(m_received.size(), 3);
        QCOMPARE(dispatcher.pendingCount(), 0);
    }

    void connectionRefusedIsRecordedAsAnError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 2, { 10 }, 5000 });
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)),
                            QStringLiteral("contact.deleted"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_sink.records.size(), 2);
        for (const DeliveryAttempt &record : std::as_const(m_sink.records)) {
            QCOMPARE(record.status, QStringLiteral("failed"));
            QCOMPARE(record.responseStatus, 0);
            QCOMPARE(record.error, QStringLiteral("connection refused"));
        }
    }

    void silentReceiverTimesOut()
    {
        QTcpServer silent;
        QList<QTcpSocket *> held;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 1, {}, 300 });
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.serverPort())),
                            QStringLiteral("message.sent"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_sink.records.size(), 1);
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("failed"));
        QCOMPARE(m_sink.records.at(0).error, QStringLiteral("timed out after 300 ms"));
        QVERIFY(m_sink.records.at(0).durationMs >= 250);
    }

    void cutOffAnswerIsAFailure()
    {
        // 200 and headers, then the receiver closes before the body it announced.
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        connect(&receiver, &QTcpServer::newConnection, this, [&receiver] {
            while (QTcpSocket *socket = receiver.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part");
                    socket->disconnectFromHost();
                });
            }
        });
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 1, {}, 5000 });
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.serverPort())),
                            QStringLiteral("message.sent"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("failed"));
        QVERIFY2(m_sink.records.at(0).error.startsWith(QLatin1String("the answer was cut off")),
                 qPrintable(m_sink.records.at(0).error));
    }

    void tricklingReceiverMeetsTheDeadline()
    {
        // A byte every 50 ms never trips the idle timer; the attempt still ends on time.
        QTcpServer receiver;
        QList<QTcpSocket *> sockets;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        connect(&receiver, &QTcpServer::newConnection, this, [&receiver, &sockets] {
            while (QTcpSocket *socket = receiver.nextPendingConnection()) {
                sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
                });
            }
        });
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, this, [&sockets] {
            for (QTcpSocket *socket : std::as_const(sockets))
                socket->write("x");
        });
        trickle.start(50);
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 1, {}, 400 });
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.serverPort())),
                            QStringLiteral("message.sent"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("failed"));
        QCOMPARE(m_sink.records.at(0).error, QStringLiteral("the answer was cut off: timed out after 400 ms"));
        QVERIFY(m_sink.records.at(0).durationMs < 2000);
    }

    void responseBodyIsCutAtTwoKilobytes()
    {
        WebhookDispatcher dispatcher(&m_sink);
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, url("/big"), QStringLiteral("contact.updated"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_sink.records.at(0).responseBody, QByteArray(2048, 'x'));
    }

    void redirectsAreNotFollowed()
    {
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 1, {}, 5000 });
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, url("/redirect"), QStringLiteral("contact.updated"), "{}");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_received.size(), 1);
        QCOMPARE(m_sink.records.at(0).responseStatus, 302);
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("failed"));
    }

    void retrySignsWithTheCurrentSecret()
    {
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 2, { 200 }, 5000 });
        QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        const QByteArray body = R"({"event":"booking.updated"})";
        dispatcher.dispatch(5, url("/fail"), QStringLiteral("booking.updated"), body);
        QVERIFY(attempts.wait(5000));
        m_sink.secrets[5] = QStringLiteral("whsec_rotated0002");
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_received.size(), 2);
        QCOMPARE(m_received.at(0).headers.value("x-skylight-signature"),
                 expectedSignature(body, "whsec_testsecret0001"));
        QCOMPARE(m_received.at(1).headers.value("x-skylight-signature"),
                 expectedSignature(body, "whsec_rotated0002"));
    }

    void deletedWebhookStopsRetrying()
    {
        WebhookDispatcher dispatcher(&m_sink);
        dispatcher.setRetryPolicy({ 3, { 100 }, 5000 });
        QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::deliveryFinished);
        dispatcher.dispatch(5, url("/fail"), QStringLiteral("booking.updated"), "{}");
        QVERIFY(attempts.wait(5000));
        m_sink.secrets.remove(5);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QCOMPARE(m_received.size(), 1);
        QCOMPARE(m_sink.records.size(), 1);
        QCOMPARE(dispatcher.dispatch(5, url("/ok"), QStringLiteral("booking.updated"), "{}"), qint64(0));
    }

    void destroyingWithDeliveriesInFlightIsSafe()
    {
        QTcpServer silent;
        QList<QTcpSocket *> held;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        {
            WebhookDispatcher dispatcher(&m_sink);
            dispatcher.dispatch(5, QUrl(QStringLiteral("http://127.0.0.1:%1/h").arg(silent.serverPort())),
                                QStringLiteral("message.sent"), "{}");
            dispatcher.dispatch(5, url("/fail"), QStringLiteral("message.sent"), "{}");
            QTRY_VERIFY(!held.isEmpty());
        }
        QTest::qWait(50);
        QCOMPARE(m_sink.records.at(0).status, QStringLiteral("pending"));
    }

private:
    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path)));
    }

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QList<Received> m_received;
    MemorySink m_sink;
};

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "tst_sandbox_webhooks_dispatcher.moc"
