// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The webhooks endpoints over real HTTP, and real deliveries to a receiver inside this test
// on 127.0.0.1. Signatures are checked with QMessageAuthenticationCode here, independently
// of the sandbox's signer.
#include "sandboxfixture.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &field : fields)
        o.insert(field.first, field.second);
    return o;
}
QJsonArray arr(std::initializer_list<const char *> items)
{
    QJsonArray a;
    for (const char *item : items)
        a.append(s(item));
    return a;
}
QByteArray hmacHeader(const QByteArray &body, const QString &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

struct Delivery
{
    QString path;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));

        const auto record = [this](const QHttpServerRequest &request) {
            Delivery d;
            d.path = request.url().path();
            d.body = request.body();
            for (const auto &header : request.headers())
                d.headers.insert(header.first.toLower(), header.second);
            m_received.append(d);
        };
        for (const char *path : { "/ok/<arg>", "/fail/<arg>" }) {
            const bool ok = QByteArray(path).startsWith("/ok");
            m_receiver.route(s(path), QHttpServerRequest::Method::Post,
                             [record, ok](const QString &, const QHttpServerRequest &request) {
                                 record(request);
                                 return ok ? QHttpServerResponse("application/json", "{\"received\":true}",
                                                                 QHttpServerResponse::StatusCode::Ok)
                                           : QHttpServerResponse("text/plain", "receiver exploded",
                                                                 QHttpServerResponse::StatusCode::InternalServerError);
                             });
        }
        m_port = m_receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void eventsListsTheTen()
    {
        const TestReply reply = http().get(s("/webhooks/events"));
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue &e : reply.dataArray()) {
            names.append(e[u"name"].toString());
            QVERIFY(!e[u"description"].toString().isEmpty());
        }
        QCOMPARE(names, QStringList({ s("contact.created"), s("contact.updated"), s("contact.deleted"),
                                      s("message.received"), s("message.sent"), s("booking.created"),
                                      s("booking.updated"), s("booking.cancelled"), s("booking.completed"),
                                      s("ticket.created") }));
    }

    void crudShowsTheSecretOnlyOnCreate()
    {
        const TestReply created = http().post(s("/webhooks"), obj({ { s("url"), s("https://example.com/hooks/skylight") },
                                                                    { s("description"), s("CRM sync") },
                                                                    { s("events"), arr({ "contact.created", "booking.created" }) } }));
        QCOMPARE(created.status, 201);
        const QJsonObject hook = created.dataObject();
        const QString secret = hook.value(u"secret").toString();
        QVERIFY2(QRegularExpression(s("^whsec_[A-Za-z0-9]{32}$")).match(secret).hasMatch(), qPrintable(secret));
        QCOMPARE(hook.value(u"url").toString(), s("https://example.com/hooks/skylight"));
        QCOMPARE(hook.value(u"events").toArray(), arr({ "contact.created", "booking.created" }));
        QCOMPARE(hook.value(u"is_active").toBool(), true);
        QCOMPARE(hook.value(u"description").toString(), s("CRM sync"));
        QVERIFY(hook.contains(u"created_at") && hook.contains(u"updated_at"));
        const QString path = s("/webhooks/%1").arg(hook.value(u"id").toInt());
        const QString masked = s("whsec_\u2022\u2022\u2022\u2022") + secret.right(4);

        const TestReply shown = http().get(path);
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.dataObject().value(u"secret").toString(), masked);
        QVERIFY(!shown.body.contains(secret.toUtf8()));

        const TestReply listed = http().get(s("/webhooks"), QUrlQuery(s("per_page=100")));
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(secret.toUtf8()));
        QVERIFY(listed.meta().value(u"total").toInt() >= 3);
        bool found = false;
        for (const QJsonValue &w : listed.dataArray()) {
            QVERIFY(w[u"secret"].toString().startsWith(s("whsec_\u2022\u2022\u2022\u2022")));
            found = found || w[u"id"] == hook.value(u"id");
        }
        QVERIFY(found);

        const TestReply updated = http().put(path, obj({ { s("is_active"), false }, { s("events"), arr({ "booking.cancelled" }) } }));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.dataObject().value(u"is_active").toBool(), false);
        QCOMPARE(updated.dataObject().value(u"events").toArray(), arr({ "booking.cancelled" }));
        QCOMPARE(updated.dataObject().value(u"url").toString(), s("https://example.com/hooks/skylight"));
        QCOMPARE(updated.dataObject().value(u"description").toString(), s("CRM sync"));
        QCOMPARE(updated.dataObject().value(u"secret").toString(), masked);

        const TestReply removed = http().del(path);
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.object().value(u"success").toBool(), true);
        QCOMPARE(http().get(path).status, 404);
        QCOMPARE(http().del(path).status, 404);
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("empty") << QJsonObject() << QStringList{ s("events"), s("url") };
        QTest::newRow("plain http remote") << obj({ { s("url"), s("http://example.com/hook") }, { s("events"), arr({ "contact.created" }) } })
                                           << QStringList{ s("url") };
        QTest::newRow("not a url") << obj({ { s("url"), s("hooks here") }, { s("events"), arr({ "contact.created" }) } })
                                   << QStringList{ s("url") };
        QTest::newRow("no events") << obj({ { s("url"), s("https://example.com/h") }, { s("events"), QJsonArray() } })
                                   << QStringList{ s("events") };
        QTest::newRow("unknown event") << obj({ { s("url"), s("https://example.com/h") }, { s("events"), arr({ "contact.created", "ticket.closed" }) } })
                                       << QStringList{ s("events") };
        QTest::newRow("events not an array") << obj({ { s("url"), s("https://example.com/h") }, { s("events"), s("contact.created") } })
                                             << QStringList{ s("events") };
        QTest::newRow("url not a string") << obj({ { s("url"), 42 }, { s("events"), arr({ "contact.created" }) } })
                                          << QStringList{ s("url") };
    }

    void createValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, fields);
        const TestReply reply = http().post(s("/webhooks"), body);
        QCOMPARE(reply.status, 422);
        QStringList keys = reply.errors().keys();
        keys.sort();
        QCOMPARE(keys, fields);
    }

    void updateAndOtherErrors()
    {
        const int id = createHook("/ok/errors", { "booking.created" }).value(u"id").toInt();
        const QString path = s("/webhooks/%1").arg(id);
        QCOMPARE(http().put(path, obj({ { s("url"), s("ftp://example.com/x") } })).status, 422);
        QCOMPARE(http().put(path, obj({ { s("events"), QJsonArray() } })).status, 422);
        QCOMPARE(http().put(path, obj({ { s("url"), QJsonValue::Null } })).status, 422);
        QCOMPARE(http().get(s("/webhooks/99999")).status, 404);
        QCOMPARE(http().put(s("/webhooks/99999"), obj({ { s("is_active"), true } })).status, 404);
        QCOMPARE(http().post(s("/webhooks/99999/test")).status, 404);
        QCOMPARE(http().post(s("/webhooks/99999/regenerate-secret")).status, 404);
        QCOMPARE(http().get(s("/webhooks/99999/deliveries")).status, 404);
        QCOMPARE(http().post(path + u"/test", obj({ { s("event"), s("ticket.closed") } })).status, 422);
        QCOMPARE(http().get(path + u"/deliveries", QUrlQuery(s("status=maybe"))).status, 422);
        QCOMPARE(http().get(path + u"/deliveries", QUrlQuery(s("event=nope"))).status, 422);
    }

    void testEndpointDeliversASignedSample()
    {
        const QJsonObject hook = createHook("/ok/test", { "booking.created", "contact.created" });
        const QString secret = hook.value(u"secret").toString();
        const QString path = s("/webhooks/%1").arg(hook.value(u"id").toInt());
        m_received.clear();

        const TestReply reply = http().post(path + u"/test", obj({ { s("event"), s("booking.created") } }));
        QCOMPARE(reply.status, 200);
        const QJsonObject record = reply.dataObject();
        QVERIFY(record.value(u"id").toInt() > 0);
        QCOMPARE(record.value(u"webhook_id"), hook.value(u"id"));
        QCOMPARE(record.value(u"event").toString(), s("booking.created"));
        QCOMPARE(record.value(u"attempt").toInt(), 1);
        QCOMPARE(record.value(u"status").toString(), s("pending"));
        QVERIFY(!record.value(u"request_body").toString().isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 10000);
        const Delivery &got = m_received.at(0);
        QCOMPARE(got.path, s("/ok/test"));
        QCOMPARE(got.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(got.headers.value("x-skylight-event"), QByteArray("booking.created"));
        QCOMPARE(got.headers.value("x-skylight-delivery"), QByteArray::number(record.value(u"id").toInt()));
        QCOMPARE(got.headers.value("x-skylight-signature"), hmacHeader(got.body, secret));
        QCOMPARE(got.body, record.value(u"request_body").toString().toUtf8());
        const QJsonObject payload = got.json();
        QVERIFY(payload.value(u"id").toString().startsWith(u"evt_"));
        QCOMPARE(payload.value(u"event").toString(), s("booking.created"));
        QCOMPARE(payload.value(u"created_at").toString(), s("2026-03-04T09:00:00.000000Z"));
        QCOMPARE(payload.value(u"data").toObject().value(u"id").toInt(), 101);

        // The log now holds the outcome.
        QTRY_COMPARE_WITH_TIMEOUT(latestDelivery(path).value(u"status").toString(), s("success"), 5000);
        const QJsonObject done = latestDelivery(path);
        QCOMPARE(done.value(u"response_status").toInt(), 200);
        QCOMPARE(done.value(u"response_body").toString(), s("{\"received\":true}"));
        QCOMPARE(done.value(u"error"), QJsonValue(QJsonValue::Null));
        QVERIFY(done.value(u"duration_ms").isDouble());

        // Without a body the test uses the webhook's first event.
        m_received.clear();
        QCOMPARE(http().post(path + u"/test").dataObject().value(u"event").toString(), s("booking.created"));
        QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 10000);
    }

    void realActionsFireSubscribedEvents()
    {
        const QJsonObject hook = createHook("/ok/actions", { "booking.created", "booking.updated", "booking.cancelled",
                                                             "booking.completed" });
        const QString secret = hook.value(u"secret").toString();
        const QJsonObject other = createHook("/ok/contacts-only", { "contact.deleted" });
        const QJsonObject paused = createHook("/ok/paused", { "booking.created" });
        QCOMPARE(http().put(s("/webhooks/%1").arg(paused.value(u"id").toInt()), obj({ { s("is_active"), false } })).status, 200);
        m_received.clear();

        const TestReply created = http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                                    { s("starts_at"), s("2026-03-13T13:00:00Z") } }));
        QCOMPARE(created.status, 201);
        const int bookingId = created.dataObject().value(u"id").toInt();
        QTRY_COMPARE_WITH_TIMEOUT(receivedOn(s("/ok/actions")).size(), 1, 10000);
        const Delivery first = receivedOn(s("/ok/actions")).at(0);
        QCOMPARE(first.headers.value("x-skylight-event"), QByteArray("booking.created"));
        QCOMPARE(first.headers.value("x-skylight-signature"), hmacHeader(first.body, secret));
        QCOMPARE(first.json().value(u"data").toObject(), created.dataObject());

        QCOMPARE(http().put(s("/bookings/%1").arg(bookingId), obj({ { s("status"), s("completed") } })).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receivedOn(s("/ok/actions")).size(), 3, 10000);
        QStringList events;
        for (const Delivery &d : receivedOn(s("/ok/actions")))
            events.append(QString::fromUtf8(d.headers.value("x-skylight-event")));
        // Deliveries run in parallel, so the two events of one PUT may arrive in either order.
        events.sort();
        QCOMPARE(events, QStringList({ s("booking.completed"), s("booking.created"), s("booking.updated") }));

        const TestReply another = http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                                    { s("starts_at"), s("2026-03-13T14:00:00Z") } }));
        QCOMPARE(http().post(s("/bookings/%1/cancel").arg(another.dataObject().value(u"id").toInt())).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receivedOn(s("/ok/actions")).size(), 5, 10000);
        int cancelledSeen = 0;
        for (const Delivery &d : receivedOn(s("/ok/actions"))) {
            if (d.headers.value("x-skylight-event") != "booking.cancelled")
                continue;
            ++cancelledSeen;
            QCOMPARE(d.json().value(u"data").toObject().value(u"id"), another.dataObject().value(u"id"));
            QCOMPARE(d.json().value(u"data").toObject().value(u"status").toString(), s("cancelled"));
        }
        QCOMPARE(cancelledSeen, 1);

        // Neither the unsubscribed nor the inactive webhook heard anything.
        QTest::qWait(200);
        QVERIFY(receivedOn(s("/ok/contacts-only")).isEmpty());
        QVERIFY(receivedOn(s("/ok/paused")).isEmpty());
        Q_UNUSED(other);
    }

    void allTenEventsFireFromTheirActions()
    {
        const QJsonObject hook = createHook("/ok/all", { "contact.created", "contact.updated", "contact.deleted",
                                                         "message.received", "message.sent", "booking.created",
                                                         "booking.updated", "booking.cancelled", "booking.completed",
                                                         "ticket.created" });
        const QString secret = hook.value(u"secret").toString();
        m_received.clear();

        const TestReply contact = http().post(s("/contacts"), obj({ { s("name"), s("هدى الكعبي") },
                                                                    { s("phone"), s("+971509998877") },
                                                                    { s("channel"), s("whatsapp") } }));
        QCOMPARE(contact.status, 201);
        const int contactId = contact.dataObject().value(u"id").toInt();
        QCOMPARE(http().put(s("/contacts/%1").arg(contactId), obj({ { s("email"), s("huda@example.com") } })).status, 200);
        QCOMPARE(http().post(s("/contacts/%1/blacklist").arg(contactId)).status, 200);
        QCOMPARE(http().post(s("/contacts/%1/blacklist").arg(contactId)).status, 200);
        QCOMPARE(http().post(s("/messages/send"), obj({ { s("contact_id"), contactId }, { s("content"), s("Hi!") } })).status, 201);
        QCOMPARE(http().post(s("/_sandbox/contacts/%1/inbound").arg(contactId), obj({ { s("content"), s("شكراً") } })).status, 201);
        QCOMPARE(http().post(s("/_sandbox/tickets"), obj({ { s("contact_id"), contactId } })).status, 201);
        const TestReply booking = http().post(s("/bookings"), obj({ { s("contact_id"), contactId }, { s("booking_type_id"), 3 },
                                                                    { s("starts_at"), s("2026-03-14T13:00:00Z") } }));
        QCOMPARE(booking.status, 201);
        const QString bookingPath = s("/bookings/%1").arg(booking.dataObject().value(u"id").toInt());
        QCOMPARE(http().put(bookingPath, obj({ { s("status"), s("completed") } })).status, 200);
        const TestReply second = http().post(s("/bookings"), obj({ { s("contact_id"), contactId }, { s("booking_type_id"), 3 },
                                                                   { s("starts_at"), s("2026-03-14T13:30:00Z") } }));
        QCOMPARE(http().post(s("/bookings/%1/cancel").arg(second.dataObject().value(u"id").toInt())).status, 200);
        QCOMPARE(http().del(s("/contacts/%1").arg(contactId)).status, 200);

        // contact.created, 3 × contact.updated, message.sent, message.received, ticket.created,
        // 2 × booking.created, booking.updated, booking.completed, booking.cancelled, contact.deleted.
        QTRY_COMPARE_WITH_TIMEOUT(receivedOn(s("/ok/all")).size(), 13, 15000);
        QMap<QString, int> counts;
        for (const Delivery &d : receivedOn(s("/ok/all"))) {
            const QString event = QString::fromUtf8(d.headers.value("x-skylight-event"));
            ++counts[event];
            QCOMPARE(d.headers.value("x-skylight-signature"), hmacHeader(d.body, secret));
            QCOMPARE(d.json().value(u"event").toString(), event);
        }
        QCOMPARE(counts.size(), 10);
        QCOMPARE(counts.value(s("contact.updated")), 3);
        QCOMPARE(counts.value(s("booking.created")), 2);
        for (const QString &event : { s("contact.created"), s("contact.deleted"), s("message.sent"), s("message.received"),
                                      s("ticket.created"), s("booking.updated"), s("booking.completed"),
                                      s("booking.cancelled") })
            QCOMPARE(counts.value(event), 1);
    }

    void failingReceiverIsRetriedAndEveryAttemptLogged()
    {
        const QJsonObject hook = createHook("/fail/retry", { "booking.cancelled" });
        const QString path = s("/webhooks/%1").arg(hook.value(u"id").toInt());
        m_received.clear();
        QCOMPARE(http().post(path + u"/test", obj({ { s("event"), s("booking.cancelled") } })).status, 200);
        // Three attempts with growing delays (1 s, then 4 s).
        QTRY_COMPARE_WITH_TIMEOUT(receivedOn(s("/fail/retry")).size(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(http().get(path + u"/deliveries", QUrlQuery(s("status=failed")))
                                      .meta().value(u"total").toInt(), 3, 5000);
        const QJsonArray log = http().get(path + u"/deliveries").dataArray();
        QCOMPARE(log.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject attempt = log.at(i).toObject(); // newest first
            QCOMPARE(attempt.value(u"attempt").toInt(), 3 - i);
            QCOMPARE(attempt.value(u"status").toString(), s("failed"));
            QCOMPARE(attempt.value(u"response_status").toInt(), 500);
            QCOMPARE(attempt.value(u"response_body").toString(), s("receiver exploded"));
            QCOMPARE(attempt.value(u"event").toString(), s("booking.cancelled"));
        }
        // All three carried the same event.
        const QList<Delivery> got = receivedOn(s("/fail/retry"));
        QCOMPARE(got.at(0).body, got.at(2).body);
        QTest::qWait(300);
        QCOMPARE(receivedOn(s("/fail/retry")).size(), 3);
    }

    void aSilentReceiverNeverBlocksRequests()
    {
        QTcpServer silent;
        QList<QTcpSocket *> held;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        const TestReply created = http().post(
            s("/webhooks"), obj({ { s("url"), s("http://127.0.0.1:%1/never-answers").arg(silent.serverPort()) },
                                  { s("events"), arr({ "booking.created" }) } }));
        QCOMPARE(created.status, 201);
        const QString path = s("/webhooks/%1").arg(created.dataObject().value(u"id").toInt());

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(http().post(path + u"/test").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000); // the delivery is now waiting for an answer
        for (int i = 0; i < 20; ++i)
            QCOMPARE(http().get(s("/bookings/types")).status, 200);
        QCOMPARE(http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                   { s("starts_at"), s("2026-03-16T13:00:00Z") } })).status, 201);
        // Everything above was answered while the receiver stayed silent (the delivery time-out is 10 s).
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(http().get(path + u"/deliveries").dataArray().at(0).toObject().value(u"status").toString(), s("pending"));
        QCOMPARE(http().del(path).status, 200);
    }

    void deliveriesFilterAndPage()
    {
        // Demo webhook 1 has a history of successes and failures.
        const TestReply all = http().get(s("/webhooks/1/deliveries"));
        QCOMPARE(all.status, 200);
        QVERIFY(all.meta().value(u"total").toInt() >= 6);
        int previousId = INT_MAX;
        for (const QJsonValue &d : all.dataArray()) {
            QVERIFY(d[u"id"].toInt() < previousId);
            previousId = d[u"id"].toInt();
            QCOMPARE(d[u"webhook_id"].toInt(), 1);
        }
        const TestReply failed = http().get(s("/webhooks/1/deliveries"), QUrlQuery(s("status=failed")));
        QVERIFY(failed.meta().value(u"total").toInt() >= 2);
        for (const QJsonValue &d : failed.dataArray())
            QCOMPARE(d[u"status"].toString(), s("failed"));
        const TestReply refused = http().get(s("/webhooks/1/deliveries"), QUrlQuery(s("status=failed&event=booking.created")));
        bool sawRefused = false;
        for (const QJsonValue &d : refused.dataArray()) {
            QCOMPARE(d[u"event"].toString(), s("booking.created"));
            sawRefused = sawRefused || d[u"error"].toString() == u"connection refused";
        }
        QVERIFY(sawRefused);
        const TestReply page = http().get(s("/webhooks/1/deliveries"), QUrlQuery(s("per_page=2&page=2")));
        QCOMPARE(page.dataArray().size(), 2);
        QCOMPARE(page.dataArray().at(0), all.dataArray().at(2));
        QCOMPARE(http().get(s("/webhooks/2/deliveries"), QUrlQuery(s("status=success"))).meta().value(u"total").toInt(), 1);
    }

    void regenerateSecretChangesSigning()
    {
        const QJsonObject hook = createHook("/ok/rotate", { "contact.created" });
        const QString oldSecret = hook.value(u"secret").toString();
        const QString path = s("/webhooks/%1").arg(hook.value(u"id").toInt());
        const TestReply rotated = http().post(path + u"/regenerate-secret");
        QCOMPARE(rotated.status, 200);
        QCOMPARE(rotated.dataObject().value(u"id"), hook.value(u"id"));
        const QString newSecret = rotated.dataObject().value(u"secret").toString();
        QVERIFY(newSecret.startsWith(u"whsec_"));
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(http().get(path).dataObject().value(u"secret").toString(), s("whsec_\u2022\u2022\u2022\u2022") + newSecret.right(4));

        m_received.clear();
        QCOMPARE(http().post(path + u"/test").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receivedOn(s("/ok/rotate")).size(), 1, 10000);
        const Delivery got = receivedOn(s("/ok/rotate")).at(0);
        QCOMPARE(got.headers.value("x-skylight-event"), QByteArray("contact.created"));
        QCOMPARE(got.headers.value("x-skylight-signature"), hmacHeader(got.body, newSecret));
        QVERIFY(got.headers.value("x-skylight-signature") != hmacHeader(got.body, oldSecret));
    }

private:
    TestHttp &http() { return m_fixture->http(); }

    QJsonObject createHook(const char *receiverPath, std::initializer_list<const char *> events)
    {
        const TestReply reply = http().post(
            s("/webhooks"), obj({ { s("url"), s("http://127.0.0.1:%1%2").arg(m_port).arg(s(receiverPath)) },
                                  { s("events"), arr(events) } }));
        if (reply.status != 201)
            qWarning("creating a webhook failed: %s", reply.body.constData());
        return reply.dataObject();
    }

    QList<Delivery> receivedOn(const QString &path) const
    {
        QList<Delivery> result;
        for (const Delivery &d : m_received) {
            if (d.path == path)
                result.append(d);
        }
        return result;
    }

    QJsonObject latestDelivery(const QString &webhookPath)
    {
        return http().get(webhookPath + u"/deliveries").dataArray().at(0).toObject();
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    QHttpServer m_receiver;
    quint16 m_port = 0;
    QList<Delivery> m_received;
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandbox_webhooks.moc"
