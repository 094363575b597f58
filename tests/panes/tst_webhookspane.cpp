// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Webhooks pane against the real sandbox, which delivers by real HTTP to a receiver
// inside this test: create, test event, signature check, failures, secret rotation, edit,
// delete, and the secret kept out of logs, settings and the clipboard. Layout, languages
// and screenshots are in tst_webhookspanelayout.cpp; the fixture in webhookspanetestbase.h.
#include "deliveriesmodel.h"
#include "deliverydetaildialog.h"
#include "signaturecheckerdialog.h"
#include "webhooksignaturechecker.h"
#include "webhookspanetestbase.h"
#include "webhooksmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>

using WebhooksTest::Receiver;

class TestWebhooksPane : public QObject, private WebhooksPaneTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(WebhooksTest::g_verboseLogging);
        QVERIFY2(startWebhooks(), qPrintable(m_fixture->error()));
        QVERIFY(m_dir->isValid());
    }

    void cleanupTestCase()
    {
        verifySecretsStayedOut();
        stopWebhooks();
    }

    void badUrlIsRefusedAtTheField()
    {
        auto pane = makePane();
        pane->newWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, "urlEdit")->setText(QStringLiteral("http://example.com/hooks"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*dialog, "urlError")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "urlError")->text().contains(QLatin1String("https")));
        QVERIFY(child<QLabel>(*dialog, "eventsError")->isVisible());
        QVERIFY(dialog->isVisible());
        // What was typed stays.
        QCOMPARE(child<QLineEdit>(*dialog, "urlEdit")->text(), QStringLiteral("http://example.com/hooks"));
        // Select all ticks every event.
        child<QCheckBox>(*dialog, "selectAllCheck")->click();
        QVERIFY(dialog->input().events->size() > 3);
        QCOMPARE(pane->webhooksModel()->rowCount(), 0);
        dialog->reject();
    }

    // The answer to a create is lost: the pane looks before anything else, finds the
    // webhook (one on the server, not two) and says how to get the secret that was lost.
    void aLostCreateIsFoundAndItsSecretExplained()
    {
        auto pane = makePane();
        const QString url = m_receiver.url(QStringLiteral("/hooks/lost"));
        QJsonObject fault { { QStringLiteral("type"), QStringLiteral("drop") }, { QStringLiteral("after_run"), true },
            { QStringLiteral("path"), QStringLiteral("/api/v1/webhooks") }, { QStringLiteral("method"), QStringLiteral("POST") },
            { QStringLiteral("count"), 1 } };
        QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/faults"), fault).status, 201);
        pane->newWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, "urlEdit")->setText(url);
        child<QCheckBox>(*dialog, "event_booking.created")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->findChild<WebhookDialog *>(), 15000);
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(QLatin1String("signing secret did not arrive")));
        QVERIFY(!pane->findChild<SecretDialog *>());
        int onServer = 0;
        for (const QJsonValue &v : m_fixture->http().get(QStringLiteral("/webhooks")).dataArray())
            onServer += v.toObject().value(QStringLiteral("url")).toString() == url ? 1 : 0;
        QCOMPARE(onServer, 1);
        qint64 selected = 0; // the pane shows the one it found, selected
        for (int row = 0; row < pane->webhooksModel()->rowCount(); ++row) {
            if (pane->webhooksModel()->webhook(row).url == url)
                selected = pane->webhooksModel()->webhook(row).id;
        }
        QVERIFY(selected > 0);
        QCOMPARE(pane->currentWebhookId(), selected);
    }

    void testEventIsDeliveredAndItsSignatureVerifies()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        auto pane = makePane();
        m_receiver.status = 200;
        m_receiver.requests.clear();
        qint64 id = 0;
        const QString path = QStringLiteral("/hooks/first");
        const QString secret = createThroughDialog(*pane, m_receiver.url(path), &id);
        QVERIFY(secret.startsWith(QLatin1String("whsec_")));
        QVERIFY(id > 0);
        // Shown once: the list keeps only the masked form, the clipboard is untouched.
        QVERIFY(!pane->webhooksModel()->webhook(pane->webhooksModel()->rowOf(id)).secret.contains(secret));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));

        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("success"));
        QCOMPARE(delivery.responseStatus.value_or(0), 200);
        QCOMPARE(m_receiver.requestsTo(path).size(), 1);
        const Receiver::Captured got = m_receiver.requestsTo(path).first();
        QCOMPARE(got.event, QStringLiteral("booking.created"));
        QVERIFY(WebhookSignatureChecker::check(got.body, got.signature, secret).matches());
        QVERIFY(WebhookSignatureChecker::check(delivery.requestBody.toUtf8(), got.signature, secret).matches());
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(QLatin1String("200")));

        // The delivery is in the log, selected; the checker dialog verifies it too.
        auto *log = child<QTableView>(*pane, "deliveriesView");
        QTRY_VERIFY(log->currentIndex().isValid());
        QCOMPARE(log->currentIndex().data(DeliveriesModel::IdRole).toLongLong(), delivery.id);
        pane->openSignatureChecker();
        auto *checker = pane->findChild<SignatureCheckerDialog *>();
        QVERIFY(checker);
        QCOMPARE(child<QPlainTextEdit>(*checker, "payloadEdit")->toPlainText(), delivery.requestBody);
        child<QLineEdit>(*checker, "headerEdit")->setText(got.signature);
        child<QLineEdit>(*checker, "secretEdit")->setText(secret);
        QCOMPARE(child<QLineEdit>(*checker, "secretEdit")->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QPushButton>(*checker, "checkButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*checker, "resultLabel")->property("matches").toBool());
        QVERIFY(!child<QLineEdit>(*checker, "expectedEdit")->isVisible());
        child<QLineEdit>(*checker, "secretEdit")->setText(QStringLiteral("whsec_wrong"));
        QTest::mouseClick(child<QPushButton>(*checker, "checkButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(*checker, "resultLabel")->property("matches").toBool());
        QVERIFY(child<QLineEdit>(*checker, "expectedEdit")->isVisible());
        checker->close();

        // The list shows the outcome of the last delivery.
        const int row = pane->webhooksModel()->rowOf(id);
        QTRY_COMPARE(pane->webhooksModel()->index(row, WebhooksModel::LastDeliveryColumn)
                         .data(WebhooksModel::LastStatusRole).toString(), QStringLiteral("success"));
    }

    void copyPutsTheSecretOnTheClipboardOnlyWhenPressed()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        auto pane = makePane();
        pane->newWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        child<QLineEdit>(*dialog, "urlEdit")->setText(m_receiver.url());
        child<QCheckBox>(*dialog, "event_contact.created")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(pane->findChild<SecretDialog *>());
        auto *secretDialog = pane->findChild<SecretDialog *>();
        const QString secret = child<QLineEdit>(*secretDialog, "secretEdit")->text();
        m_secretsSeen.append(secret);
        QVERIFY(child<QLabel>(*secretDialog, "secretWarning")->text().contains(QLatin1String("not be shown again")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QTest::mouseClick(child<QPushButton>(*secretDialog, "copySecretButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QGuiApplication::clipboard()->clear();
        secretDialog->close();
    }

    void failingEndpointGivesAFailedDeliveryWithTheResponse()
    {
        auto pane = makePane();
        m_receiver.status = 500;
        m_receiver.requests.clear();
        qint64 id = 0;
        QVERIFY(!createThroughDialog(*pane, m_receiver.url(QStringLiteral("/hooks/failing")), &id).isEmpty());
        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("failed"));
        QCOMPARE(delivery.responseStatus.value_or(0), 500);
        QVERIFY(delivery.responseBody.contains(QLatin1String("receiver down")));
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(QLatin1String("500")));
        // The detail view shows both bodies; Save writes them to a file.
        auto *log = child<QTableView>(*pane, "deliveriesView");
        QTRY_VERIFY(log->currentIndex().isValid());
        pane->showDeliveryDetail();
        auto *detail = pane->findChild<DeliveryDetailDialog *>();
        QVERIFY(detail);
        QVERIFY(child<QPlainTextEdit>(*detail, "responseBodyView")->toPlainText().contains(QLatin1String("receiver down")));
        QVERIFY(child<QPlainTextEdit>(*detail, "requestBodyView")->toPlainText().contains(QLatin1String("\n    ")));
        const QString path = m_dir->filePath(QStringLiteral("delivery.txt"));
        QVERIFY(detail->saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("receiver down"));
        detail->close();
        // The status filter keeps only failures.
        auto *status = child<QComboBox>(*pane, "statusFilterCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QTRY_VERIFY(!pane->deliveriesModel()->isLoading() && pane->deliveriesModel()->rowCount() > 0);
        for (int r = 0; r < pane->deliveriesModel()->rowCount(); ++r)
            QCOMPARE(pane->deliveriesModel()->index(r, 0).data(DeliveriesModel::StatusCodeRole).toString(), QStringLiteral("failed"));
        status->setCurrentIndex(0);
        m_receiver.status = 200;
    }

    void unreachableEndpointIsAFailedDeliveryNotAFrozenPane()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        auto pane = makePane();
        qint64 id = 0;
        QVERIFY(!createThroughDialog(*pane, QStringLiteral("http://127.0.0.1:%1/gone").arg(closedPort), &id).isEmpty());
        QElapsedTimer timer;
        timer.start();
        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("failed"));
        QVERIFY(!delivery.responseStatus.has_value());
        QVERIFY(!delivery.error.isEmpty());
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(delivery.error));
        QVERIFY(child<QAction>(*pane, "testAction")->isEnabled());
    }

    void afterRegenerateTheOldSecretNoLongerVerifies()
    {
        auto pane = makePane();
        m_receiver.status = 200;
        m_receiver.requests.clear();
        qint64 id = 0;
        const QString path = QStringLiteral("/hooks/rotated");
        const QString oldSecret = createThroughDialog(*pane, m_receiver.url(path), &id);
        QVERIFY(!oldSecret.isEmpty());
        pane->regenerateSecret();
        auto *box = pane->findChild<QMessageBox *>(QStringLiteral("confirmRegenerateBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(m_receiver.url(path)));
        QVERIFY(box->text().contains(QLatin1String("stops working at once")));
        QTest::mouseClick(child<QPushButton>(*box, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(pane->findChild<SecretDialog *>());
        auto *secretDialog = pane->findChild<SecretDialog *>();
        const QString newSecret = child<QLineEdit>(*secretDialog, "secretEdit")->text();
        m_secretsSeen.append(newSecret);
        secretDialog->close();
        QVERIFY(newSecret.startsWith(QLatin1String("whsec_")));
        QVERIFY(newSecret != oldSecret);

        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("success"));
        QCOMPARE(m_receiver.requestsTo(path).size(), 1);
        const Receiver::Captured got = m_receiver.requestsTo(path).first();
        QCOMPARE(WebhookSignatureChecker::check(got.body, got.signature, oldSecret).outcome,
                 WebhookSignatureChecker::Outcome::Mismatch);
        QVERIFY(WebhookSignatureChecker::check(got.body, got.signature, newSecret).matches());
    }

    void deleteAsksNamingTheUrl()
    {
        auto pane = makePane();
        qint64 id = 0;
        const QString url = m_receiver.url(QStringLiteral("/hooks/to-delete"));
        QVERIFY(!createThroughDialog(*pane, url, &id).isEmpty());
        const int before = pane->webhooksModel()->rowCount();
        pane->deleteWebhook();
        auto *box = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(url));
        box->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(pane->webhooksModel()->rowCount(), before);
        pane->selectWebhook(id);
        pane->deleteWebhook();
        box = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(*box, "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE(pane->webhooksModel()->rowCount(), before - 1);
        QCOMPARE(pane->webhooksModel()->rowOf(id), -1);
    }

    void editSavesTheChange()
    {
        auto pane = makePane();
        QVERIFY(pane->webhooksModel()->rowCount() > 0);
        pane->selectWebhook(pane->webhooksModel()->webhook(0).id);
        pane->editWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, "descriptionEdit")->setText(QStringLiteral("Renamed"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(pane->webhooksModel()->webhook(0).description, QStringLiteral("Renamed"));
    }

};

QTEST_MAIN(TestWebhooksPane)
#include "tst_webhookspane.moc"
