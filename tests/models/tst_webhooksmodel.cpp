// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// WebhooksModel against the sandbox's demo data.
#include "restwebhooksapi.h"
#include "sandboxclienttest.h"
#include "webhooksmodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {
// The instance the model gets, counting what goes through it, passing all on.
class CountingWebhooksApi final : public WebhooksApi
{
public:
    CountingWebhooksApi(ApiClient *client, RequestPriority priority = RequestPriority::User)
        : m_inner(client, priority)
    {
    }
    void list(const PageRequest &page, QObject *context, ApiCallback<Page<Webhook>> callback) override
    {
        ++listCalls;
        m_inner.list(page, context, std::move(callback));
    }
    void get(qint64 id, QObject *context, ApiCallback<Webhook> callback) override
    {
        m_inner.get(id, context, std::move(callback));
    }
    void create(const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback) override
    {
        m_inner.create(input, context, std::move(callback));
    }
    void update(qint64 id, const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback) override
    {
        m_inner.update(id, input, context, std::move(callback));
    }
    void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) override
    {
        m_inner.remove(id, context, std::move(callback));
    }
    void sendTest(qint64 id, const QString &event, QObject *context, ApiCallback<WebhookDelivery> callback) override
    {
        m_inner.sendTest(id, event, context, std::move(callback));
    }
    void listDeliveries(qint64 id, const DeliveryQuery &query, QObject *context,
        ApiCallback<Page<WebhookDelivery>> callback) override
    {
        ++calls;
        m_inner.listDeliveries(id, query, context, std::move(callback));
    }
    void regenerateSecret(qint64 id, QObject *context, ApiCallback<WebhookSecret> callback) override
    {
        m_inner.regenerateSecret(id, context, std::move(callback));
    }
    void listEvents(QObject *context, ApiCallback<QList<WebhookEvent>> callback) override
    {
        m_inner.listEvents(context, std::move(callback));
    }
    int calls = 0;
    int listCalls = 0;

private:
    RestWebhooksApi m_inner;
};
} // namespace

class TestWebhooksModel : public SandboxClientTest
{
    Q_OBJECT

private:
    std::unique_ptr<RestWebhooksApi> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSandbox(QStringLiteral("demo")));
        createClient();
        m_api = std::make_unique<RestWebhooksApi>(m_client.get());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        destroyClient();
        m_fixture.reset();
    }

    void loadsTheListWithLastDeliveries()
    {
        WebhooksModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &WebhooksModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(WebhooksModel::ColumnCount));
        const int crm = model.rowOf(1);
        QVERIFY(crm >= 0);
        QCOMPARE(model.index(crm, WebhooksModel::UrlColumn).data(WebhooksModel::UrlRole).toString(),
            QStringLiteral("http://127.0.0.1:8787/hooks/crm-sync"));
        QCOMPARE(model.index(crm, WebhooksModel::EventsColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(crm, WebhooksModel::ActiveColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(model.rowOf(2), WebhooksModel::ActiveColumn).data().toString(), QStringLiteral("Paused"));
        // Secrets stay masked in the list.
        QVERIFY(!model.webhook(crm).secret.contains(QLatin1String("demoCrmSync")));
        // The newest delivery of webhook 1 is a 204 success.
        QTRY_COMPARE(model.index(crm, 0).data(WebhooksModel::LastStatusRole).toString(), QStringLiteral("success"));
        QVERIFY(model.index(crm, WebhooksModel::LastDeliveryColumn).data().toString().contains(QLatin1String("204")));
        QVERIFY(!model.canFetchMore({}));
    }

    void updateAndRefreshDropStaleReplies()
    {
        WebhooksModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &WebhooksModel::loaded);
        model.refresh();
        model.refresh(); // the first reply must be dropped, not appended
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(m_client->pendingCount(), 0); // the first reply is back too
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        Webhook changed = model.webhook(0);
        changed.description = QStringLiteral("Changed");
        changed.secret = QStringLiteral("whsec_fullsecretvalue");
        model.updateWebhook(changed);
        QCOMPARE(model.index(0, WebhooksModel::DescriptionColumn).data().toString(), QStringLiteral("Changed"));
        QVERIFY(model.webhook(0).secret.isEmpty());
        Webhook added;
        added.id = 99;
        added.url = QStringLiteral("https://example.com/new");
        model.updateWebhook(added);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, WebhooksModel::LastDeliveryColumn).data().toString(), QStringLiteral("Never delivered"));
    }

    // Last of all: it adds webhooks to the shared sandbox.
    void lastDeliveriesAreAskedOnlyForShownRowsInTheBackground()
    {
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(m_fixture->http()
                         .post(QStringLiteral("/webhooks"),
                             { { QStringLiteral("url"), QStringLiteral("https://example.com/hook-%1").arg(i) },
                                 { QStringLiteral("events"), QJsonArray { QStringLiteral("message.received") } } })
                         .status,
                201);
        }
        CountingWebhooksApi list(m_client.get());
        CountingWebhooksApi background(m_client.get(), RequestPriority::Background);
        WebhooksModel model(list);
        model.setDeliveriesApi(&background);
        QSignalSpy loaded(&model, &WebhooksModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 42);
        QTest::qWait(100);
        // Loading the list costs one request, not one per webhook.
        QCOMPARE(list.listCalls, 1);
        QCOMPARE(list.calls, 0);
        QCOMPARE(background.calls, 0);

        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setDefaultSectionSize(24);
        view.resize(700, 220);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(background.calls > 0);
        QTest::qWait(200);
        QVERIFY2(background.calls < 15, qPrintable(QString::number(background.calls)));
        QCOMPARE(list.calls, 0); // never at the user's priority
        const int crm = model.rowOf(1);
        QTRY_COMPARE(model.index(crm, 0).data(WebhooksModel::LastStatusRole).toString(), QStringLiteral("success"));
        // Scrolling to the end asks for the rows that come into view, once each.
        const int before = background.calls;
        view.scrollToBottom();
        QTRY_VERIFY(background.calls > before);
        QTest::qWait(200);
        QVERIFY(background.calls <= 42);
    }
};

QTEST_MAIN(TestWebhooksModel)
#include "tst_webhooksmodel.moc"
