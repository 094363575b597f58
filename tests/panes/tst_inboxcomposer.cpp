// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Inbox pane's composer against the real sandbox (demo seed, pinned clock): sending,
// injected failures that are never resent, a stalled send, channels that failed to load,
// validation errors, drafts across re-creating the pane, the blacklisted contact, notes and
// booking from the side panel.
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

class TestInboxComposer : public QObject, private InboxPaneTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(setUpSandbox(), qPrintable(m_fixture->error())); }

    void cleanup() { tearDownSandbox(); }

    // A screen reader presses the menu item itself (it never goes through QMenu::exec's
    // answer): the reply still lands in the composer.
    void sentMessageAppearsWithItsStatus()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        auto *channel = pane->findChild<QComboBox *>(QStringLiteral("channelCombo"));
        QTRY_VERIFY(channel->count() > 0);
        QCOMPARE(channel->currentData().toString(), QStringLiteral("whatsapp")); // Sarah's channel
        for (int i = 0; i < channel->count(); ++i)
            QVERIFY(channel->itemData(i).toString() != QStringLiteral("telegram")); // not connected
        // Shift+Enter breaks the line; Enter sends.
        type(*pane, QStringLiteral("See you tomorrow"));
        QTest::keyClick(pane->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")), Qt::Key_Return, Qt::ShiftModifier);
        type(*pane, QStringLiteral("at 10"));
        const QString text = QStringLiteral("See you tomorrow\nat 10");
        QCOMPARE(pane->composer()->text(), text);
        pressEnter(*pane);
        ThreadModel *thread = pane->threadModel();
        const int row = thread->rowCount() - 1;
        QCOMPARE(thread->index(row, 0).data().toString(), text);
        QVERIFY(pane->composer()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(thread, row), State::Confirmed, 5000);
        QVERIFY(thread->index(row, 0).data(ThreadModel::MessageIdRole).toLongLong() > 0);
        QCOMPARE(thread->index(row, 0).data(ThreadModel::StatusRole).toString(), QStringLiteral("Sent"));
        QCOMPARE(countMessages(m_fixture->http(), 42, text), 1);
    }

    void injected500LeavesAFailedBubbleAndNoSecondRequest()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        TestHttp &http = m_fixture->http();
        QCOMPARE(http.post(QStringLiteral("/_sandbox/faults"),
                           {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/messages/send")},
                            {QStringLiteral("count"), 1}}).status, 201);
        const QString text = QStringLiteral("Your total is 40 AED");
        type(*pane, text);
        pressEnter(*pane);
        ThreadModel *thread = pane->threadModel();
        const int row = thread->rowCount() - 1;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(thread, row), State::Failed, 5000);
        QCOMPARE(thread->index(row, 0).data().toString(), text);
        QVERIFY(pane->findChild<QFrame *>(QStringLiteral("failBar"))->isVisible());
        // The fault hit once; a resend would have reached the real endpoint and stored it.
        QTest::qWait(1500);
        QCOMPARE(countMessages(http, 42, text), 0);
        QCOMPARE(stateOf(thread, row), State::Failed);
        // Retry is the user's decision, and it sends exactly once.
        pane->findChild<QPushButton *>(QStringLiteral("retrySendButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(thread, row), State::Confirmed, 5000);
        QCOMPARE(countMessages(http, 42, text), 1);
        QTRY_VERIFY(!pane->findChild<QFrame *>(QStringLiteral("failBar"))->isVisible());
    }

    void stalledSendIsCheckedAndNotResent()
    {
        m_client->setTransferTimeout(1000);
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        TestHttp &http = m_fixture->http();
        QCOMPARE(http.post(QStringLiteral("/_sandbox/faults"),
                           {{QStringLiteral("type"), QStringLiteral("latency")}, {QStringLiteral("latency_ms"), 3000},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/messages/send")}}).status, 201);
        const QString text = QStringLiteral("Please confirm the deposit");
        type(*pane, text);
        pressEnter(*pane);
        ThreadModel *thread = pane->threadModel();
        const int row = thread->rowCount() - 1;
        // No answer: the app looks in the thread before it says anything. The stalled request
        // was dropped with the connection, so the message is not there: "not sent", Retry.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(thread, row), State::Failed, 5000);
        QCOMPARE(thread->index(row, 0).data().toString(), text);
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("failLabel"))->text().contains(QStringLiteral("not sent")));
        QTest::qWait(3500); // past the server's delay: a second request would have been stored
        QCOMPARE(countMessages(http, 42, text), 0);
        QCOMPARE(stateOf(thread, row), State::Failed);
    }

    void failedChannelsLoadSaysWhyAndIsLoadedAgain()
    {
        // The channels fail before the pane first loads; the list itself is fine.
        QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/faults"),
                           {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/account/channels")}}).status, 201);
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        type(*pane, QStringLiteral("Your order is ready"));
        auto *reason = pane->findChild<QLabel *>(QStringLiteral("composerReason"));
        auto *sendButton = pane->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QTRY_VERIFY_WITH_TIMEOUT(reason->isVisible() && reason->text().contains(QStringLiteral("could not be loaded")), 5000);
        QVERIFY(!sendButton->isEnabled());
        // The pane's normal refresh (its list timer) loads them again.
        QCOMPARE(m_fixture->http().del(QStringLiteral("/_sandbox/faults")).status, 200);
        pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        QVERIFY(QMetaObject::invokeMethod(pane->findChild<QTimer *>(QStringLiteral("listRefreshTimer")), "timeout"));
        QTRY_VERIFY_WITH_TIMEOUT(sendButton->isEnabled(), 5000);
        QVERIFY(!reason->isVisible());
        QCOMPARE(pane->composer()->text(), QStringLiteral("Your order is ready"));
    }

    void validationErrorIsExplainedInTheComposer()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        QCOMPARE(m_fixture->http().post(QStringLiteral("/_sandbox/faults"),
                           {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 422},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/messages/send")},
                            {QStringLiteral("count"), 1}}).status, 201);
        type(*pane, QStringLiteral("hello"));
        pressEnter(*pane);
        auto *reason = pane->findChild<QLabel *>(QStringLiteral("composerReason"));
        QTRY_VERIFY_WITH_TIMEOUT(reason->isVisible(), 5000);
        QVERIFY(reason->text().contains(QStringLiteral("not sent")));
        QCOMPARE(pane->threadModel()->index(pane->threadModel()->rowCount() - 1, 0).data().toString(), QStringLiteral("hello"));
        // Edit takes the text back into the reply box.
        pane->findChild<QPushButton *>(QStringLiteral("editFailedButton"))->click();
        QCOMPARE(pane->composer()->text(), QStringLiteral("hello"));
    }

    void draftsSurviveRecreatingThePane()
    {
        {
            auto pane = makePane();
            QVERIFY(waitLoaded(*pane));
            QVERIFY(open(*pane, 42));
            type(*pane, QStringLiteral("Draft for Sarah"));
            QVERIFY(open(*pane, 43));
            QVERIFY(pane->composer()->text().isEmpty()); // never follows to the next customer
            // Arabic typed as input text (Key_unknown), as an Arabic keyboard sends it.
            auto *edit = pane->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
            QKeyEvent arabic(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("مرحبا"));
            QApplication::sendEvent(edit, &arabic);
            QCOMPARE(pane->composer()->text(), QStringLiteral("مرحبا"));
        }
        auto again = makePane();
        QVERIFY(waitLoaded(*again));
        QVERIFY(open(*again, 42));
        QCOMPARE(again->composer()->text(), QStringLiteral("Draft for Sarah"));
        QVERIFY(open(*again, 43));
        QCOMPARE(again->composer()->text(), QStringLiteral("مرحبا"));
    }

    void blacklistedContactsComposerIsDisabledWithItsReason()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        pane->openConversation(44);
        QTRY_VERIFY_WITH_TIMEOUT(pane->contactPanel()->isLoaded(), 5000);
        auto *reason = pane->findChild<QLabel *>(QStringLiteral("composerReason"));
        QTRY_VERIFY(reason->text().contains(QStringLiteral("blacklisted")));
        QVERIFY(reason->isVisible());
        type(*pane, QStringLiteral("typed anyway"));
        QCOMPARE(pane->composer()->text(), QStringLiteral("typed anyway")); // kept, not lost
        QVERIFY(!pane->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        pressEnter(*pane);
        QTest::qWait(200);
        QCOMPARE(pane->threadModel()->rowCount(), 0);
    }

    void notesAreAddedAndBookingHandsTheContactOver()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        auto *notes = pane->findChild<QListWidget *>(QStringLiteral("notesList"));
        QTRY_COMPARE(notes->count(), 2);
        auto *edit = pane->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        QTest::keyClicks(edit, QStringLiteral("Called back, prefers Tuesdays"));
        pane->findChild<QPushButton *>(QStringLiteral("addNoteButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(notes->count(), 3, 5000);
        QVERIFY(edit->text().isEmpty());
        bool found = false;
        for (const QJsonValue &v : m_fixture->http().get(QStringLiteral("/contacts/42/notes")).dataArray())
            found = found || v.toObject().value(QStringLiteral("content")).toString() == QStringLiteral("Called back, prefers Tuesdays");
        QVERIFY(found);
        pane->findChild<QPushButton *>(QStringLiteral("bookButton"))->click();
        QCOMPARE(m_navigator.booked.size(), 1);
        QCOMPARE(m_navigator.booked.first().id, 42);
        QCOMPARE(m_navigator.booked.first().name, QStringLiteral("Sarah Johnson"));
    }

};

QTEST_MAIN(TestInboxComposer)
#include "tst_inboxcomposer.moc"
