// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// WebhooksModel against the sandbox's demo data.
#include "apiclient.h"
#include "restwebhooksapi.h"
#include "sandboxfixture.h"
#include "webhooksmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestWebhooksModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestWebhooksApi> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        m_client->setConnection(connection);
        m_api = std::make_unique<RestWebhooksApi>(m_client.get());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_client.reset();
        m_network.reset();
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
        QTest::qWait(200);
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
};

QTEST_MAIN(TestWebhooksModel)
#include "tst_webhooksmodel.moc"
