// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 16 in the Webhooks pane, against the real sandbox: Resend of a delivery (the API
// replays nothing, so it is the same event sent again as a new delivery through
// POST /webhooks/{id}/test) and the masked secret shown as a hint, never in full.
#include "deliveriesmodel.h"
#include "panesandboxtestbase.h"
#include "restwebhooksapi.h"
#include "webhookspane.h"
#include "webhooksmodel.h"

#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestWebhookResend : public QObject, private PaneSandboxTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<RestWebhooksApi> m_api;
    QTcpServer m_closed; // a port that refuses: deliveries fail at once
    qint64 m_webhook = 0;
    QString m_secret;

    int deliveriesOnServer()
    {
        return int(m_fixture->http().get(QStringLiteral("/webhooks/%1/deliveries").arg(m_webhook)).dataArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.rateLimitPerMinute = 100000;
        QVERIFY2(startSandbox(options), qPrintable(m_fixture->error()));
        m_api = std::make_unique<RestWebhooksApi>(m_client.get());
        QVERIFY(m_closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = m_closed.serverPort();
        m_closed.close();
        const TestReply made = m_fixture->http().post(QStringLiteral("/webhooks"),
            {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/hooks").arg(port)},
             {QStringLiteral("events"), QJsonArray{QStringLiteral("booking.created"), QStringLiteral("contact.created")}}});
        QCOMPARE(made.status, 201);
        m_webhook = made.dataObject().value(QStringLiteral("id")).toInteger();
        m_secret = made.dataObject().value(QStringLiteral("secret")).toString();
        QVERIFY(m_secret.startsWith(QLatin1String("whsec_")));
        QCOMPARE(m_fixture->http().post(QStringLiteral("/webhooks/%1/test").arg(m_webhook),
                     {{QStringLiteral("event"), QStringLiteral("contact.created")}}).status, 200);
        qRegisterMetaType<WebhookDelivery>();
    }

    void resendSendsTheSameEventAsANewDelivery()
    {
        WebhooksPane pane(*m_api, *m_settings);
        pane.resize(1000, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.webhooksModel()->rowOf(m_webhook) >= 0, 10000);
        pane.selectWebhook(m_webhook);
        DeliveriesModel *log = pane.deliveriesModel();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() >= 1, 10000);
        auto *view = pane.findChild<QTableView *>(QStringLiteral("deliveriesView"));
        view->setCurrentIndex(log->index(0, 0));
        const WebhookDelivery first = log->delivery(0);
        QCOMPARE(first.event, QStringLiteral("contact.created"));
        auto *resend = pane.findChild<QPushButton *>(QStringLiteral("resendButton"));
        QVERIFY(resend && resend->isVisible());
        QTRY_VERIFY(resend->isEnabled());
        const int before = deliveriesOnServer();
        QSignalSpy finished(&pane, &WebhooksPane::testDeliveryFinished);
        resend->click();
        QVERIFY(finished.wait(20000));
        const auto again = finished.first().first().value<WebhookDelivery>();
        QVERIFY(again.id != first.id);
        QCOMPARE(again.event, first.event);
        QCOMPARE(deliveriesOnServer(), before + 1);
        // The new delivery is in the log and selected.
        QTRY_COMPARE(view->currentIndex().isValid() ? log->delivery(view->currentIndex().row()).id : 0, again.id);
    }

    void theMaskedSecretIsShownAsAHint()
    {
        WebhooksPane pane(*m_api, *m_settings);
        pane.resize(1000, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.webhooksModel()->rowOf(m_webhook) >= 0, 10000);
        pane.selectWebhook(m_webhook);
        auto *hint = pane.findChild<QLabel *>(QStringLiteral("secretHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("whsec_\u2022\u2022\u2022\u2022") + m_secret.right(4)),
                 qPrintable(hint->text()));
        QVERIFY(!hint->text().contains(m_secret));
    }

    // The pane with the hint and Resend, in English and Arabic; only when
    // SKYLIGHT_SCREENSHOT_DIR is set.
    void screenshotsInBothLanguages()
    {
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set SKYLIGHT_SCREENSHOT_DIR to save the screenshots");
        QDir().mkpath(dir);
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        for (const bool rtl : {false, true}) {
            if (rtl)
                QCoreApplication::installTranslator(&arabic);
            WebhooksPane pane(*m_api, *m_settings);
            pane.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            pane.resize(1000, 700);
            pane.show();
            QTRY_VERIFY_WITH_TIMEOUT(pane.webhooksModel()->rowOf(m_webhook) >= 0, 10000);
            pane.selectWebhook(m_webhook);
            QTRY_VERIFY_WITH_TIMEOUT(pane.deliveriesModel()->rowCount() >= 1, 10000);
            pane.findChild<QTableView *>(QStringLiteral("deliveriesView"))->setCurrentIndex(pane.deliveriesModel()->index(0, 0));
            pane.grab().save(QDir(dir).filePath(QLatin1String(rtl ? "webhooks-resend-ar.png" : "webhooks-resend-en.png")));
            if (rtl)
                QCoreApplication::removeTranslator(&arabic);
        }
    }
};

QTEST_MAIN(TestWebhookResend)
#include "tst_webhookresend.moc"
