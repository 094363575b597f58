// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Webhooks pane's layout and languages against the real sandbox: no button clipped at
// small sizes in English and Arabic, actions out of sight keep their shortcuts, the
// remembered status filter, translated event descriptions, and the screenshots (set
// SKYLIGHT_SCREENSHOT_DIR to keep them). Secrets stay out of logs and settings here too.
#include "language.h"
#include "screenshot.h"
#include "signaturecheckerdialog.h"
#include "deliveriesmodel.h"
#include "deliverydetaildialog.h"
#include "webhookspanetestbase.h"
#include "webhooksmodel.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QTableView>
#include <QTcpServer>
#include <QToolBar>
#include <QToolButton>

class TestWebhooksPaneLayout : public QObject, private WebhooksPaneTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(WebhooksTest::g_verboseLogging);
        QVERIFY2(startWebhooks(), qPrintable(m_fixture->error()));
        QVERIFY(m_dir->isValid());
        // The layout is checked with full tables, as an account in use has them: a webhook
        // with a long address and a delivery of it (to a closed port, so it fails at once).
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        auto pane = makePane();
        qint64 id = 0;
        const QString url = QStringLiteral("http://127.0.0.1:%1/hooks/skylight/bookings-and-messages/front-desk").arg(closedPort);
        QVERIFY(!createThroughDialog(*pane, url, &id).isEmpty());
        QCOMPARE(sendTest(*pane, QStringLiteral("booking.created")).status, QStringLiteral("failed"));
    }

    void cleanupTestCase()
    {
        verifySecretsStayedOut();
        stopWebhooks();
    }

    void noButtonIsClippedAtSmallSizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
            for (const QSize &size : {QSize(1000, 700), QSize(800, 600)}) {
                QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
            }
        }
    }

    void noButtonIsClippedAtSmallSizes()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Language languages;
        QVERIFY(languages.apply(language));
        QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        auto pane = makePane();
        pane->resize(size);
        QCoreApplication::processEvents();
        QCOMPARE(pane->size(), size);
        const QRect paneRect = pane->rect();
        const QList<QAbstractButton *> buttons = pane->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (!button->isVisible())
                continue;
            const QString name = button->text() + QLatin1Char('/') + button->objectName();
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(name));
            const QRect onPane(button->mapTo(pane.get(), QPoint(0, 0)), button->size());
            QVERIFY2(paneRect.contains(onPane), qPrintable(name));
        }
        for (const char *table : {"webhooksView", "deliveriesView"}) {
            auto *view = child<QTableView>(*pane, table);
            QTRY_VERIFY2(view->model()->rowCount() > 0, table); // an empty table proves nothing
            QVERIFY2(!view->horizontalScrollBar()->isVisible(), table);
        }
        // What the toolbar cannot show stays one click away, behind its extension button.
        auto *toolBar = child<QToolBar>(*pane, "webhookActions");
        bool hidden = false;
        const QList<QAction *> actions = toolBar->actions();
        for (QAction *action : actions) {
            QWidget *widget = toolBar->widgetForAction(action);
            hidden = hidden || (widget && !widget->isVisible());
        }
        auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension);
        QCOMPARE(extension->isVisible(), hidden);
        const QString suffix = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
        Screenshot::save(pane.get(), QStringLiteral("webhooks/pane-%1.png").arg(suffix));
        QVERIFY(languages.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void theRememberedStatusFilterApplies()
    {
        {
            auto pane = makePane();
            auto *status = child<QComboBox>(*pane, "statusFilterCombo");
            status->setCurrentIndex(status->findData(QStringLiteral("failed")));
            QCOMPARE(pane->deliveriesModel()->statusFilter(), QStringLiteral("failed"));
        }
        auto pane = makePane();
        QCOMPARE(child<QComboBox>(*pane, "statusFilterCombo")->currentData().toString(), QStringLiteral("failed"));
        // What the box shows is what the log is filtered by.
        QCOMPARE(pane->deliveriesModel()->statusFilter(), QStringLiteral("failed"));
        auto *status = child<QComboBox>(*pane, "statusFilterCombo");
        status->setCurrentIndex(0);
        QCOMPARE(pane->deliveriesModel()->statusFilter(), QString());
    }

    void actionsOutOfSightKeepTheirShortcuts()
    {
        Language languages;
        QVERIFY(languages.apply(QStringLiteral("ar")));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto pane = makePane();
        pane->resize(520, 500);
        pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        QCOMPARE(pane->width(), 520);
        auto *toolBar = child<QToolBar>(*pane, "webhookActions");
        auto *checker = child<QAction>(*pane, "checkerAction");
        QTRY_VERIFY(!toolBar->widgetForAction(checker)->isVisible());
        QVERIFY(toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))->isVisible());
        QVERIFY(checker->toolTip().contains(checker->shortcut().toString(QKeySequence::NativeText)));
        Screenshot::save(pane.get(), QStringLiteral("webhooks/pane-ar-520x500.png"));
        QTest::keyClick(pane.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(pane->findChild<SignatureCheckerDialog *>());
        pane->findChild<SignatureCheckerDialog *>()->close();
        QVERIFY(languages.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void eventDescriptionsAreTranslatedWhenKnown()
    {
        // The server describes its events in English. A known event shows the client's
        // translation; one the client does not know (a newer service) shows the server's text.
        const QString arabicBookingCreated = QStringLiteral("تم إنشاء حجز.");
        const QList<WebhookEvent> events = {
            {QStringLiteral("booking.created"), QStringLiteral("A booking was created.")},
            {QStringLiteral("invoice.paid"), QStringLiteral("An invoice was paid.")}};
        Language language;
        QVERIFY(language.apply(QStringLiteral("ar")));
        {
            WebhookDialog dialog(events, Webhook());
            QCOMPARE(child<QLabel>(dialog, "eventDescription_booking.created")->text(), arabicBookingCreated);
            QCOMPARE(child<QCheckBox>(dialog, "event_booking.created")->toolTip(), arabicBookingCreated);
            QCOMPARE(child<QLabel>(dialog, "eventDescription_invoice.paid")->text(), QStringLiteral("An invoice was paid."));
            QVERIFY(child<QCheckBox>(dialog, "event_invoice.paid"));
        }
        {
            // The pane's test-event list, on the sandbox's own (English) descriptions.
            auto pane = makePane();
            auto *combo = child<QComboBox>(*pane, "testEventCombo");
            const int row = combo->findData(QStringLiteral("booking.created"));
            QVERIFY(row >= 0);
            QCOMPARE(combo->itemData(row, Qt::ToolTipRole).toString(), arabicBookingCreated);
        }
        QVERIFY(language.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        WebhookDialog english(events, Webhook());
        QCOMPARE(child<QLabel>(english, "eventDescription_booking.created")->text(), QStringLiteral("A booking was created."));
        QCOMPARE(child<QLabel>(english, "eventDescription_invoice.paid")->text(), QStringLiteral("An invoice was paid."));
    }

    void screenshots()
    {
        // English, right-to-left with English text, and the real Arabic translation.
        Language language;
        for (const QString &mode : {QStringLiteral("en"), QStringLiteral("rtl"), QStringLiteral("ar")}) {
            const bool rtl = mode != QLatin1String("en");
            if (mode == QLatin1String("ar"))
                QVERIFY(language.apply(QStringLiteral("ar")));
            QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            auto pane = makePane();
            qint64 id = 0;
            QVERIFY(!createThroughDialog(*pane, m_receiver.url(QStringLiteral("/hooks/shots")), &id).isEmpty());
            QCOMPARE(sendTest(*pane, QStringLiteral("booking.created")).status, QStringLiteral("success"));
            QTRY_VERIFY(child<QTableView>(*pane, "deliveriesView")->currentIndex().isValid());
            const QString suffix = QLatin1Char('-') + mode;
            Screenshot::save(pane.get(), QStringLiteral("webhooks/pane%1.png").arg(suffix));
            pane->editWebhook();
            auto *dialog = pane->findChild<WebhookDialog *>();
            Screenshot::save(dialog, QStringLiteral("webhooks/edit%1.png").arg(suffix));
            dialog->reject();
            pane->showDeliveryDetail();
            auto *detail = pane->findChild<DeliveryDetailDialog *>();
            // The values stand next to their captions, on the leading side, in both directions.
            QCOMPARE(child<QLabel>(*detail, "eventValue")->alignment() & (Qt::AlignLeft | Qt::AlignRight),
                rtl ? Qt::AlignRight : Qt::AlignLeft);
            QVERIFY(child<QLabel>(*detail, "eventValue")->alignment() & Qt::AlignAbsolute);
            Screenshot::save(detail, QStringLiteral("webhooks/delivery%1.png").arg(suffix));
            detail->close();
            pane->openSignatureChecker();
            auto *checker = pane->findChild<SignatureCheckerDialog *>();
            child<QLineEdit>(*checker, "headerEdit")->setText(QStringLiteral("sha256=00"));
            child<QLineEdit>(*checker, "secretEdit")->setText(QStringLiteral("whsec_example"));
            checker->check();
            Screenshot::save(checker, QStringLiteral("webhooks/checker%1.png").arg(suffix));
            checker->close();
            pane->deleteWebhook();
            auto *confirmDelete = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
            Screenshot::save(confirmDelete, QStringLiteral("webhooks/confirm-delete%1.png").arg(suffix));
            confirmDelete->reject();
            pane->regenerateSecret();
            auto *confirmRegenerate = pane->findChild<QMessageBox *>(QStringLiteral("confirmRegenerateBox"));
            Screenshot::save(confirmRegenerate, QStringLiteral("webhooks/confirm-regenerate%1.png").arg(suffix));
            confirmRegenerate->reject();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            SecretDialog secret(m_receiver.url(), QStringLiteral("whsec_EXAMPLEexampleEXAMPLE0000"), false);
            Screenshot::save(&secret, QStringLiteral("webhooks/secret%1.png").arg(suffix));
        }
        QVERIFY(language.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestWebhooksPaneLayout)
#include "tst_webhookspanelayout.moc"
