// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Inbox pane's settings and notifications against the real sandbox (demo seed, pinned
// clock): the settings dialog applied live and stored, notifications on the desktop service
// whose click opens that conversation, the tray icon and the chime; and the screenshots
// (set SKYLIGHT_SCREENSHOT_DIR to keep them, in English and right to left).
#include "inboxpanetestbase.h"
#include "composerwidget.h"
#include "draftstore.h"
#include "inboxnotifier.h"
#include "inboxsettingsdialog.h"
#include "inboxtray.h"
#include "quickrepliesstore.h"
#include "screenshot.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QAccessibleActionInterface>
#include <QListView>
#include <QMenu>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace InboxTest;

class TestInboxNotifications : public QObject, private InboxPaneTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(setUpSandbox(), qPrintable(m_fixture->error())); }

    void cleanup() { tearDownSandbox(); }

    void settingsDialogAppliesLiveAndIsStored()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        auto *action = pane->findChild<QAction *>(QStringLiteral("inboxSettingsAction"));
        QVERIFY(action);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY(!shortcut.isEmpty());
        QVERIFY(action->toolTip().contains(shortcut));
        QVERIFY(pane->findChild<QPushButton *>(QStringLiteral("inboxMenuButton"))->toolTip().contains(shortcut));
        action->trigger();
        InboxSettingsDialog *dialog = pane->settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        auto *list = dialog->findChild<QSpinBox *>(QStringLiteral("listRefreshSpin"));
        auto *thread = dialog->findChild<QSpinBox *>(QStringLiteral("threadRefreshSpin"));
        auto *budget = dialog->findChild<QLabel *>(QStringLiteral("budgetLabel"));
        QCOMPARE(list->value(), 15);
        QCOMPARE(thread->value(), 5);
        QVERIFY(budget->text().contains(QStringLiteral("16 request")));
        list->setValue(1); // below the bound: the field keeps the smallest allowed
        QCOMPARE(list->value(), InboxSettings::MinListSeconds);
        thread->setValue(2);
        // Applied at once, no restart and no OK button.
        QCOMPARE(pane->findChild<QTimer *>(QStringLiteral("listRefreshTimer"))->interval(), 5000);
        QCOMPARE(pane->findChild<QTimer *>(QStringLiteral("threadRefreshTimer"))->interval(), 2000);
        QVERIFY(budget->text().contains(QStringLiteral("42 request")));
        QVERIFY(budget->text().contains(QStringLiteral("35%")));

        dialog->findChild<QCheckBox *>(QStringLiteral("enterSendsCheck"))->setChecked(false);
        QVERIFY(!pane->composer()->enterSends());
        dialog->findChild<QCheckBox *>(QStringLiteral("soundCheck"))->setChecked(true);
        QVERIFY(pane->notifier()->isSoundEnabled());
        dialog->findChild<QCheckBox *>(QStringLiteral("soundWhenFocusedCheck"))->setChecked(false);
        QVERIFY(!pane->notifier()->isSoundWhenFocused());
        dialog->findChild<QCheckBox *>(QStringLiteral("muteCheck"))->setChecked(true);
        QVERIFY(pane->notifier()->isMuted());
        QVERIFY(pane->findChild<QAction *>(QStringLiteral("muteAction"))->isChecked());

        // The quick replies are managed in the same dialog and reach the composer at once.
        auto *replyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("quickReplyEdit"));
        replyEdit->setText(QStringLiteral("We open at 9:00 tomorrow."));
        dialog->findChild<QPushButton *>(QStringLiteral("addQuickReplyButton"))->click();
        QVERIFY(pane->quickReplies()->replies().contains(QStringLiteral("We open at 9:00 tomorrow.")));
        QVERIFY(replyEdit->text().isEmpty());
        replyEdit->setText(QStringLiteral("We open at 9:00 tomorrow."));
        dialog->findChild<QPushButton *>(QStringLiteral("addQuickReplyButton"))->click();
        QCOMPARE(replyEdit->text(), QStringLiteral("We open at 9:00 tomorrow.")); // kept, with a reason
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("quickReplyError"))->isVisibleTo(dialog));
        dialog->close();

        QCOMPARE(m_settings->value(QStringLiteral("inbox/listRefreshSeconds")).toInt(), 5);
        QCOMPARE(m_settings->value(QStringLiteral("inbox/enterSends")).toBool(), false);
        pane.reset();
        auto again = makePane();
        QCOMPARE(again->preferences().listSeconds, 5);
        QCOMPARE(again->preferences().threadSeconds, 2);
        QVERIFY(again->preferences().muted && again->preferences().soundEnabled);
        QVERIFY(!again->composer()->enterSends());
        QCOMPARE(again->findChild<QTimer *>(QStringLiteral("listRefreshTimer"))->interval(), 5000);
    }

    void clickingANotificationOpensThatConversation()
    {
        auto pane = makePane();
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        // The agent is working in another window when the message comes in.
        QWidget elsewhere;
        elsewhere.resize(300, 200);
        elsewhere.show();
        elsewhere.activateWindow();
        QTRY_VERIFY(elsewhere.isActiveWindow());
        QVERIFY(!pane->isActiveWindow());
        QSignalSpy notified(pane.get(), &InboxPane::notificationShown);
        QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/contacts/43/inbound"),
                                        {{QStringLiteral("content"), QStringLiteral("Are you open on Friday?")}}).status, 201);
        pane->setRefreshIntervals(300, 600000, 300);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
        QCOMPARE(notified.last().at(0).toLongLong(), 43);

        // What the tray reports when its notification is clicked.
        auto *tray = pane->findChild<InboxTray *>();
        QVERIFY(tray);
        Q_EMIT tray->messageClicked();
        QCOMPARE(pane->currentContactId(), 43);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isActiveWindow(), 3000); // raised and activated
        QTRY_VERIFY_WITH_TIMEOUT(pane->threadModel()->rowCount() > 0 && !pane->threadModel()->isLoading(), 5000);
        QCOMPARE(pane->threadModel()->contactId(), 43);
        const int last = pane->threadModel()->rowCount() - 1;
        QCOMPARE(pane->threadModel()->index(last, 0).data().toString(), QStringLiteral("Are you open on Friday?"));
        const auto *list = pane->findChild<QTreeView *>(QStringLiteral("conversationList"));
        QCOMPARE(list->currentIndex().data(ConversationsModel::ContactIdRole).toLongLong(), 43);
    }

    // Notifications go to the desktop's notification service (not the tray), and a click
    // on one opens that customer's conversation even when others were shown after it.
    void notificationsGoToTheDesktopServiceAndItsClickOpensThatConversation()
    {
        FakeDesktopNotifications desktop;
        auto pane = std::make_unique<InboxPane>(InboxPane::Services{*m_conversations, *m_contacts, *m_account,
                                                                    m_navigator, *m_settings,
                                                                    m_dir->filePath(QStringLiteral("drafts.json")),
                                                                    &desktop});
        pane->resize(1200, 700);
        pane->show();
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        pane->notifier()->setWindowActive(false);
        TestHttp &http = m_fixture->http();
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/43/inbound"),
                           {{QStringLiteral("content"), QStringLiteral("Are you open on Friday?")}}).status, 201);
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/44/inbound"),
                           {{QStringLiteral("content"), QStringLiteral("Hello?")}}).status, 201);
        pane->conversationsModel()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(desktop.shown.size(), 2, 5000);
        QSet<qint64> about{desktop.shown.at(0).contactId, desktop.shown.at(1).contactId};
        QCOMPARE(about, (QSet<qint64>{43, 44}));
        const auto forContact43 = desktop.shown.at(0).contactId == 43 ? desktop.shown.at(0) : desktop.shown.at(1);
        QCOMPARE(forContact43.body, QStringLiteral("Are you open on Friday?"));
        QVERIFY(!forContact43.title.isEmpty());
        // The click names its conversation: 43, whichever came last.
        Q_EMIT desktop.clicked(43);
        QCOMPARE(pane->currentContactId(), 43);
        // No service on this desktop: the pane still reports the notification (via the tray).
        desktop.available = false;
        QSignalSpy notified(pane.get(), &InboxPane::notificationShown);
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/44/inbound"),
                           {{QStringLiteral("content"), QStringLiteral("Anyone?")}}).status, 201);
        pane->conversationsModel()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        QCOMPARE(desktop.shown.size(), 2);
    }

    // The tray shows the app's own icon, not a generic information sign.
    void trayIconIsTheAppsIcon()
    {
        QWidget host;
        InboxTray tray(&host);
        const QImage icon = tray.iconPixmap(0).toImage();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon, QIcon(QStringLiteral(":/inbox/skylight-desk.svg")).pixmap(32, 32).toImage());
        QVERIFY(icon != host.style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(32, 32).toImage());
        QVERIFY(tray.iconPixmap(3).toImage() != icon); // the badge
    }

    void newMessageRingsTheChime()
    {
        auto pane = makePane();
        CountingSound sound;
        pane->setNotificationSound(&sound);
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        InboxSettings prefs = pane->preferences();
        prefs.soundEnabled = true;
        pane->applyPreferences(prefs);
        QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/contacts/44/inbound"),
                                        {{QStringLiteral("content"), QStringLiteral("Hello?")}}).status, 201);
        pane->conversationsModel()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(sound.plays, 1, 5000);
        // Muted: no sound at all.
        prefs.muted = true;
        pane->applyPreferences(prefs);
        QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/contacts/44/inbound"),
                                        {{QStringLiteral("content"), QStringLiteral("Anyone?")}}).status, 201);
        QSignalSpy loaded(pane->conversationsModel(), &ConversationsModel::loaded);
        pane->conversationsModel()->refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(sound.plays, 1);
    }

    // The whole pane (at the window's usual size and at 1000x700), the settings dialog and
    // the contact panel, in English and in Arabic right to left. SKYLIGHT_SCREENSHOT_DIR
    // keeps the pictures; SKYLIGHT_SHOTS_QM names the Arabic catalogue (skylight_ar.qm).
    void screenshots()
    {
        QTranslator arabic;
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const bool rtl = direction == Qt::RightToLeft;
            if (rtl && arabic.load(qEnvironmentVariable("SKYLIGHT_SHOTS_QM")))
                QCoreApplication::installTranslator(&arabic);
            QApplication::setLayoutDirection(direction);
            auto pane = makePane();
            QVERIFY(waitLoaded(*pane));
            QVERIFY(open(*pane, 42));
            // A failed bubble beside the confirmed ones, and an Arabic reply being typed.
            QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/faults"),
                               {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
                                {QStringLiteral("path"), QStringLiteral("/api/v1/messages/send")},
                                {QStringLiteral("count"), 1}}).status, 201);
            pane->composer()->setText(QStringLiteral("Your booking is on Thursday at 10:00."));
            pressEnter(*pane);
            QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QFrame *>(QStringLiteral("failBar"))->isVisible(), 5000);
            pane->composer()->setText(QStringLiteral("شكرا لك، نراك يوم الخميس"));
            // The filter row's controls all get at least the room their text needs.
            for (const char *name : {"inboxMenuButton", "unreadOnlyCheck"}) {
                auto *w = pane->findChild<QWidget *>(QLatin1String(name));
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
            }
            const QString suffix = rtl ? QStringLiteral("ar") : QStringLiteral("en");
            const auto save = [&](QWidget *w, const QString &name) {
                const QImage shot = w->grab().toImage();
                QVERIFY(!shot.isNull());
                Screenshot::save(shot, QStringLiteral("inbox/%1-%2.png").arg(name, suffix));
            };
            save(pane.get(), QStringLiteral("inbox-1200"));
            save(pane->contactPanel(), QStringLiteral("contact-panel"));
            pane->resize(1000, 700);
            QTRY_COMPARE(pane->width(), 1000);
            for (const char *name : {"inboxMenuButton", "unreadOnlyCheck"}) {
                auto *w = pane->findChild<QWidget *>(QLatin1String(name));
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
            }
            save(pane.get(), QStringLiteral("inbox-1000"));
            pane->openSettingsDialog();
            InboxSettingsDialog *dialog = pane->settingsDialog();
            QTRY_VERIFY(dialog->isVisible());
            dialog->adjustSize();
            save(dialog, QStringLiteral("inbox-settings"));
            dialog->close();
            QCoreApplication::removeTranslator(&arabic);
        }
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestInboxNotifications)
#include "tst_inboxnotifications.moc"
