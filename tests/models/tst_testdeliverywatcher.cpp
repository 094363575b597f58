// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// TestDeliveryWatcher against a scripted WebhooksApi: it follows a pending test delivery
// until the endpoint has answered, gives up after its last look, sends one test at a time,
// and reports a refused send.
#include "testdeliverywatcher.h"
#include "webhooksapi.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <optional>

namespace {

WebhookDelivery delivery(qint64 id, const QString &status)
{
    WebhookDelivery d;
    d.id = id;
    d.event = QStringLiteral("booking.created");
    d.status = status;
    if (status == QLatin1String("success"))
        d.responseStatus = 200;
    return d;
}

// Answers sendTest with `sent` and each listDeliveries with the next of `states` (the last
// one repeats), all asynchronously like the real client.
class ScriptedWebhooksApi final : public WebhooksApi
{
public:
    WebhookDelivery sent;
    std::optional<ApiError> sendError;
    QStringList states;
    int sendCalls = 0;
    int listCalls = 0;

    void sendTest(qint64, const QString &, QObject *context, ApiCallback<WebhookDelivery> callback) override
    {
        ++sendCalls;
        QMetaObject::invokeMethod(context, [this, callback] {
            if (sendError)
                callback(*sendError);
            else
                callback(sent);
        }, Qt::QueuedConnection);
    }
    void listDeliveries(qint64, const DeliveryQuery &, QObject *context,
        ApiCallback<Page<WebhookDelivery>> callback) override
    {
        const QString state = states.value(qMin(listCalls, int(states.size()) - 1));
        ++listCalls;
        QMetaObject::invokeMethod(context, [this, state, callback] {
            Page<WebhookDelivery> page;
            page.items = {delivery(sent.id + 1, QStringLiteral("success")), delivery(sent.id, state)};
            callback(page);
        }, Qt::QueuedConnection);
    }
    void list(const PageRequest &, QObject *, ApiCallback<Page<Webhook>>) override { QFAIL("unexpected"); }
    void get(qint64, QObject *, ApiCallback<Webhook>) override { QFAIL("unexpected"); }
    void create(const WebhookInput &, QObject *, ApiCallback<Webhook>) override { QFAIL("unexpected"); }
    void update(qint64, const WebhookInput &, QObject *, ApiCallback<Webhook>) override { QFAIL("unexpected"); }
    void remove(qint64, QObject *, ApiCallback<ApiDone>) override { QFAIL("unexpected"); }
    void regenerateSecret(qint64, QObject *, ApiCallback<WebhookSecret>) override { QFAIL("unexpected"); }
    void listEvents(QObject *, ApiCallback<QList<WebhookEvent>>) override { QFAIL("unexpected"); }
};

} // namespace

class TestTestDeliveryWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAPendingDeliveryUntilItIsAnswered()
    {
        ScriptedWebhooksApi api;
        api.sent = delivery(7, QStringLiteral("pending"));
        api.states = {QStringLiteral("pending"), QStringLiteral("pending"), QStringLiteral("success")};
        TestDeliveryWatcher watcher(api);
        watcher.setPolling(1, 10);
        QSignalSpy waiting(&watcher, &TestDeliveryWatcher::waiting);
        QSignalSpy finished(&watcher, &TestDeliveryWatcher::finished);
        QVERIFY(watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(watcher.isBusy());
        QCOMPARE(watcher.webhookId(), 3);
        QVERIFY(finished.wait(5000));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(api.listCalls, 3);
        const auto got = finished.first().at(0).value<WebhookDelivery>();
        QCOMPARE(got.id, 7);
        QCOMPARE(got.status, QStringLiteral("success"));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!watcher.isBusy());
    }

    void anAnsweredDeliveryNeedsNoPolling()
    {
        ScriptedWebhooksApi api;
        api.sent = delivery(9, QStringLiteral("failed"));
        TestDeliveryWatcher watcher(api);
        QSignalSpy finished(&watcher, &TestDeliveryWatcher::finished);
        QVERIFY(watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.listCalls, 0);
        QCOMPARE(finished.first().at(0).value<WebhookDelivery>().status, QStringLiteral("failed"));
        QCOMPARE(finished.first().at(1).toBool(), true);
    }

    void givesUpAfterItsLastLook()
    {
        ScriptedWebhooksApi api;
        api.sent = delivery(7, QStringLiteral("pending"));
        api.states = {QStringLiteral("pending")};
        TestDeliveryWatcher watcher(api);
        watcher.setPolling(1, 4);
        QSignalSpy finished(&watcher, &TestDeliveryWatcher::finished);
        QVERIFY(watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.listCalls, 4);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(finished.first().at(0).value<WebhookDelivery>().status, QStringLiteral("pending"));
        QVERIFY(!watcher.isBusy());
    }

    void sendsOneTestAtATime()
    {
        ScriptedWebhooksApi api;
        api.sent = delivery(7, QStringLiteral("pending"));
        api.states = {QStringLiteral("success")};
        TestDeliveryWatcher watcher(api);
        watcher.setPolling(1, 4);
        QSignalSpy busy(&watcher, &TestDeliveryWatcher::busyChanged);
        QSignalSpy finished(&watcher, &TestDeliveryWatcher::finished);
        QVERIFY(watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(!watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(!watcher.send(4, QStringLiteral("contact.created")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.sendCalls, 1);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        // Free again once it is over.
        QVERIFY(watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(api.sendCalls, 2);
    }

    void aRefusedSendIsReportedAndFreesTheWatcher()
    {
        ScriptedWebhooksApi api;
        api.sendError = ApiError(ApiError::Kind::Validation, 422, QStringLiteral("The event is invalid."));
        TestDeliveryWatcher watcher(api);
        QSignalSpy failed(&watcher, &TestDeliveryWatcher::sendFailed);
        QSignalSpy finished(&watcher, &TestDeliveryWatcher::finished);
        QVERIFY(watcher.send(3, QStringLiteral("booking.created")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<ApiError>().httpStatus, 422);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!watcher.isBusy());
        QVERIFY(!watcher.send(0, QStringLiteral("booking.created")));
        QVERIFY(!watcher.send(3, QString()));
    }
};

QTEST_GUILESS_MAIN(TestTestDeliveryWatcher)
#include "tst_testdeliverywatcher.moc"
