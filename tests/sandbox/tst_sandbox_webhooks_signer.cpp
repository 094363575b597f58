// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooks/webhookevents.h"
#include "webhooks/webhookpayload.h"
#include "webhooks/webhooksamples.h"
#include "webhooks/webhooksigner.h"
#include "webhooks/webhookurlrule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Sandbox;

class TestWebhookSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureMatchesRfc4231()
    {
        // RFC 4231, test case 2: HMAC-SHA256 with key "Jefe".
        QCOMPARE(WebhookSigner::signature("what do ya want for nothing?", QStringLiteral("Jefe")),
                 QStringLiteral("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void signatureDependsOnBodyAndSecret()
    {
        const QByteArray body = R"({"event":"booking.created"})";
        const QString a = WebhookSigner::signature(body, QStringLiteral("whsec_a"));
        QCOMPARE(a, WebhookSigner::signature(body, QStringLiteral("whsec_a")));
        QVERIFY(a != WebhookSigner::signature(body, QStringLiteral("whsec_b")));
        QVERIFY(a != WebhookSigner::signature(body + ' ', QStringLiteral("whsec_a")));
        QVERIFY(QRegularExpression(QStringLiteral("^sha256=[0-9a-f]{64}$")).match(a).hasMatch());
    }

    void secretsAreRandomAndPrefixed()
    {
        const QRegularExpression shape(QStringLiteral("^whsec_[A-Za-z0-9]{32}$"));
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString secret = WebhookSigner::generateSecret();
            QVERIFY2(shape.match(secret).hasMatch(), qPrintable(secret));
            seen.insert(secret);
        }
        QCOMPARE(seen.size(), 50);
    }

    void maskShowsOnlyTheLastFour()
    {
        QCOMPARE(WebhookSigner::maskSecret(QStringLiteral("whsec_abcdefghijklmnopqrstuvwxyz12AB9z")),
                 QString::fromUtf8("whsec_\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "AB9z"));
        const QString secret = WebhookSigner::generateSecret();
        const QString masked = WebhookSigner::maskSecret(secret);
        QCOMPARE(masked.size(), 14);
        QVERIFY(masked.endsWith(secret.right(4)));
        QVERIFY(!masked.contains(secret.mid(6, 28)));
    }

    void tenEventsInChangelogOrder()
    {
        const QList<WebhookEvent> &events = WebhookEvents::all();
        QCOMPARE(events.size(), 10);
        QStringList names;
        for (const WebhookEvent &event : events) {
            names.append(event.name);
            QVERIFY(!event.description.isEmpty());
        }
        QCOMPARE(names, QStringList({ QStringLiteral("contact.created"), QStringLiteral("contact.updated"),
                                      QStringLiteral("contact.deleted"), QStringLiteral("message.received"),
                                      QStringLiteral("message.sent"), QStringLiteral("booking.created"),
                                      QStringLiteral("booking.updated"), QStringLiteral("booking.cancelled"),
                                      QStringLiteral("booking.completed"), QStringLiteral("ticket.created") }));
        QVERIFY(WebhookEvents::isKnown(u"ticket.created"));
        QVERIFY(!WebhookEvents::isKnown(u"ticket.closed"));
        QVERIFY(!WebhookEvents::isKnown(u"Contact.Created"));
    }

    void urlRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://example.com/hooks/skylight" << true;
        QTest::newRow("https with port") << "https://crm.example.com:8443/in" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:9000/hook" << true;
        QTest::newRow("http loopback 127/8") << "http://127.1.2.3/hook" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/hook" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:9000/hook" << true;
        QTest::newRow("http remote") << "http://example.com/hook" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10/hook" << false;
        QTest::newRow("ftp") << "ftp://example.com/hook" << false;
        QTest::newRow("relative") << "/hooks/skylight" << false;
        QTest::newRow("no host") << "https:///path" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("garbage") << "not a url" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.com/hook" << false;
    }

    void urlRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        QCOMPARE(WebhookUrlRule::isAcceptable(url, &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
    }

    void everyEventHasASample()
    {
        const QString now = QStringLiteral("2026-03-04T09:00:00.000000Z");
        for (const WebhookEvent &event : WebhookEvents::all()) {
            const QJsonObject sample = WebhookSamples::sample(event.name, now);
            QVERIFY2(sample.value(u"id").toInt() > 0, qPrintable(event.name));
            QCOMPARE(sample.value(u"created_at").toString(), now);
        }
        QCOMPARE(WebhookSamples::sample(QStringLiteral("contact.deleted"), QString()).value(u"name").toString(),
                 QStringLiteral("Sarah Johnson"));
        QCOMPARE(WebhookSamples::sample(QStringLiteral("booking.created"), QString()).value(u"id").toInt(), 101);
        QCOMPARE(WebhookSamples::sample(QStringLiteral("booking.cancelled"), QString()).value(u"status").toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(WebhookSamples::sample(QStringLiteral("booking.completed"), QString()).value(u"status").toString(),
                 QStringLiteral("completed"));
        QCOMPARE(WebhookSamples::sample(QStringLiteral("message.received"), QString()).value(u"direction").toString(),
                 QStringLiteral("inbound"));
        QCOMPARE(WebhookSamples::sample(QStringLiteral("message.sent"), QString()).value(u"direction").toString(),
                 QStringLiteral("outbound"));
        QCOMPARE(WebhookSamples::sample(QStringLiteral("ticket.created"), QString()).value(u"status").toString(),
                 QStringLiteral("open"));
    }

    void payloadEnvelope()
    {
        const QJsonObject data{ { QStringLiteral("id"), 101 }, { QStringLiteral("status"), QStringLiteral("confirmed") } };
        const QByteArray body = WebhookPayload::build(QStringLiteral("booking.created"),
                                                      QStringLiteral("2026-03-04T09:00:00.000000Z"), data);
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QVERIFY(object.value(u"id").toString().startsWith(u"evt_"));
        QCOMPARE(object.value(u"id").toString().size(), 28);
        QCOMPARE(object.value(u"event").toString(), QStringLiteral("booking.created"));
        QCOMPARE(object.value(u"created_at").toString(), QStringLiteral("2026-03-04T09:00:00.000000Z"));
        QCOMPARE(object.value(u"data").toObject(), data);
        QVERIFY(!body.contains('\n'));
        QVERIFY(WebhookPayload::newEventId() != WebhookPayload::newEventId());
    }
};

QTEST_GUILESS_MAIN(TestWebhookSigner)
#include "tst_sandbox_webhooks_signer.moc"
