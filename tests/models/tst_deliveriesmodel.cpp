// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// DeliveriesModel against the sandbox's demo delivery log: paging, filters, stale replies.
#include "deliveriesmodel.h"
#include "restwebhooksapi.h"
#include "sandboxclienttest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestDeliveriesModel : public SandboxClientTest
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

    void pagesThroughTheLog()
    {
        DeliveriesModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setPageSize(4);
        QSignalSpy loaded(&model, &DeliveriesModel::loaded);
        model.setWebhook(1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCount(), 6);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // guarded while the page is on its way
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.canFetchMore({}));
        // Newest first; the columns read as the user expects.
        QCOMPARE(model.index(0, DeliveriesModel::ResponseColumn).data().toString(), QStringLiteral("204"));
        QCOMPARE(model.index(0, DeliveriesModel::StatusColumn).data().toString(), QStringLiteral("Delivered"));
        bool sawNoAnswer = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const WebhookDelivery d = model.delivery(r);
            QCOMPARE(d.webhookId, qint64(1));
            if (!d.responseStatus) {
                sawNoAnswer = true;
                QCOMPARE(model.index(r, DeliveriesModel::ResponseColumn).data().toString(), QStringLiteral("No answer"));
                QCOMPARE(model.index(r, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("connection refused"));
            }
        }
        QVERIFY(sawNoAnswer);
    }

    void filtersByStatusAndEvent()
    {
        DeliveriesModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &DeliveriesModel::loaded);
        model.setWebhook(2);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 4);
        model.setFilter(QStringLiteral("failed"), QString());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(DeliveriesModel::StatusCodeRole).toString(), QStringLiteral("failed"));
        model.setFilter(QString(), QStringLiteral("booking.completed"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DeliveriesModel::EventRole).toString(), QStringLiteral("booking.completed"));
    }

    void aSwitchDropsTheOlderReply()
    {
        DeliveriesModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &DeliveriesModel::loaded);
        model.setWebhook(1);
        model.setWebhook(2);
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(m_client->pendingCount(), 0); // the older reply is back too (and dropped)
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.delivery(r).webhookId, qint64(2));
        model.setWebhook(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestDeliveriesModel)
#include "tst_deliveriesmodel.moc"
