// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Inbox pane's list and thread against the real sandbox (demo seed, pinned clock): live
// inbound messages within one refresh, what a screen reader hears of each message, the
// unread filter and count, and moving between conversations by keyboard. The composer is in
// tst_inboxcomposer.cpp, settings and notifications in tst_inboxnotifications.cpp.
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

class TestInboxThread : public QObject, private InboxPaneTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(setUpSandbox(), qPrintable(m_fixture->error())); }

    void cleanup() { tearDownSandbox(); }

    void simulatedInboundShowsInListAndThreadWithinOneRefresh()
    {
        auto pane = makePane();
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        pane->notifier()->setWindowActive(false);
        QSignalSpy notified(pane.get(), &InboxPane::notificationShown);
        const int before = pane->threadModel()->rowCount();
        TestHttp &http = m_fixture->http();
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/42/inbound"),
                           {{QStringLiteral("content"), QStringLiteral("Is 10:00 still free?")}}).status, 201);
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/43/inbound"),
                           {{QStringLiteral("content"), QStringLiteral("هل يوجد موعد غدا؟")}}).status, 201);
        // One refresh of the list (the timer's job) brings both.
        pane->setRefreshIntervals(300, 600000, 300);
        ThreadModel *thread = pane->threadModel();
        QTRY_COMPARE_WITH_TIMEOUT(thread->rowCount(), before + 1, 5000);
        QCOMPARE(thread->index(before, 0).data().toString(), QStringLiteral("Is 10:00 still free?"));
        QCOMPARE(thread->index(before, 0).data(ThreadModel::DirectionRole).toString(), QStringLiteral("inbound"));
        ConversationsModel *list = pane->conversationsModel();
        const int row43 = list->rowForContact(43);
        QVERIFY(row43 >= 0 && row43 <= 1); // the two newest conversations
        QVERIFY(list->index(row43, 0).data(ConversationsModel::UnreadCountRole).toInt() >= 1);
        QVERIFY(list->index(list->rowForContact(43), ConversationsModel::PreviewColumn).data().toString()
                    .contains(QStringLiteral("موعد")));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 3000);
        bool about43 = false;
        for (const auto &n : std::as_const(notified))
            about43 = about43 || n.at(0).toLongLong() == 43;
        QVERIFY(about43);
        QVERIFY(pane->notifier()->unreadTotal() >= 1);
    }

    // A screen reader hears who wrote each message, when, its kind and status; and the
    // open conversation's new message is said without the agent moving there.
    void threadMessagesSayWhoAndWhenAndNewOnesAreAnnounced()
    {
        auto pane = makePane();
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        auto *view = pane->findChild<QListView *>(QStringLiteral("threadView"));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        QVERIFY(list);
        QVERIFY(!list->text(QAccessible::Name).isEmpty());
        ThreadModel *thread = pane->threadModel();
        QCOMPARE(list->childCount(), thread->rowCount());
        bool inbound = false;
        bool outbound = false;
        for (int row = 0; row < thread->rowCount(); ++row) {
            const QModelIndex i = thread->index(row, 0);
            const QString name = list->child(row)->text(QAccessible::Name);
            const QString time = QLocale().toString(
                i.data(ThreadModel::CreatedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
            QVERIFY2(name.contains(time), qPrintable(name));
            QVERIFY2(name.endsWith(i.data().toString()) || name.contains(QLatin1Char('[')),
                qPrintable(name));
            if (i.data(ThreadModel::DirectionRole).toString() == QStringLiteral("inbound")) {
                inbound = true;
                QVERIFY2(name.startsWith(QStringLiteral("From Sarah Johnson, ")), qPrintable(name));
            } else {
                outbound = true;
                QVERIFY2(name.startsWith(QStringLiteral("From us")), qPrintable(name));
                const QString description = list->child(row)->text(QAccessible::Description);
                QVERIFY2(description.contains(i.data(ThreadModel::StatusRole).toString()),
                    qPrintable(description));
            }
        }
        QVERIFY(inbound && outbound);
        QCOMPARE(m_fixture->http()
                     .post(QStringLiteral("/_sandbox/contacts/42/inbound"),
                         { { QStringLiteral("content"), QStringLiteral("Is 10:00 still free?") } })
                     .status,
            201);
        pane->setRefreshIntervals(300, 600000, 300);
        // What a screen reader hears: the announcement's name changes (QLabel sends the
        // NameChanged event itself while assistive technology listens).
        const QString said = QStringLiteral("New message from Sarah Johnson: Is 10:00 still free?");
        auto *announcement = pane->findChild<QLabel *>(QStringLiteral("threadAnnouncement"));
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(announcement);
        QTRY_COMPARE_WITH_TIMEOUT(spoken->text(QAccessible::Name), said, 5000);
        QVERIFY(announcement->isVisible());
    }

    void unreadOnlyKeepsTheOpenConversationUntilTheAgentMovesOn()
    {
        TestHttp &http = m_fixture->http();
        for (const int id : {42, 43})
            QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(id),
                               {{QStringLiteral("content"), QStringLiteral("Unread %1").arg(id)}}).status, 201);
        auto pane = makePane();
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        pane->findChild<QCheckBox *>(QStringLiteral("unreadOnlyCheck"))->setChecked(true);
        ConversationsModel *list = pane->conversationsModel();
        QVERIFY(QTest::qWaitFor([&] { return !list->isLoading() && list->rowForContact(42) >= 0
                                             && list->rowForContact(43) >= 0; }, 5000));
        const auto refreshed = [list] {
            QSignalSpy loaded(list, &ConversationsModel::loaded);
            list->refresh();
            return loaded.wait(5000);
        };
        QVERIFY(open(*pane, 42)); // read now, on the server too
        QVERIFY(refreshed());
        QVERIFY(list->rowForContact(42) >= 0); // open: it stays under the agent's cursor
        QVERIFY(open(*pane, 43));
        QVERIFY(refreshed());
        QCOMPARE(list->rowForContact(42), -1); // read and left: gone on the next refresh
        QVERIFY(list->rowForContact(43) >= 0);
        const auto *view = pane->findChild<QTreeView *>(QStringLiteral("conversationList"));
        QCOMPARE(view->currentIndex().data(ConversationsModel::ContactIdRole).toLongLong(), 43);
    }

    // The navigation's count is the server's: there before the Inbox is ever shown, and
    // unchanged while a search empties the list.
    void unreadCountComesFromTheServerBeforeOpeningAndWhileSearching()
    {
        TestHttp &http = m_fixture->http();
        QUrlQuery unread;
        unread.addQueryItem(QStringLiteral("unread"), QStringLiteral("true"));
        const int serverTotal = http.get(QStringLiteral("/conversations"), unread).meta()
                                    .value(QStringLiteral("total")).toInt();
        QVERIFY(serverTotal > 1);
        auto pane = std::make_unique<InboxPane>(InboxPane::Services{*m_conversations, *m_contacts, *m_account,
                                                                    m_navigator, *m_settings,
                                                                    m_dir->filePath(QStringLiteral("drafts.json"))});
        QSignalSpy total(pane.get(), &InboxPane::unreadTotalChanged);
        // Never shown: the list is not loaded, yet the count arrives.
        QTRY_COMPARE_WITH_TIMEOUT(pane->notifier()->unreadTotal(), serverTotal, 5000);
        QVERIFY(!pane->isVisible());
        QCOMPARE(pane->conversationsModel()->rowCount(), 0);
        QCOMPARE(total.last().at(0).toInt(), serverTotal);

        pane->resize(1200, 700);
        pane->show();
        QVERIFY(waitLoaded(*pane));
        auto *search = pane->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("nobody-is-called-this"));
        ConversationsModel *list = pane->conversationsModel();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() == 0 && !list->isLoading()
                                     && list->query().search == QStringLiteral("nobody-is-called-this"), 5000);
        // A new inbound message while searching: the count follows the server, not the list.
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(44),
                           {{QStringLiteral("content"), QStringLiteral("Still there?")}}).status, 201);
        const int after = http.get(QStringLiteral("/conversations"), unread).meta()
                              .value(QStringLiteral("total")).toInt();
        pane->reload();
        QTRY_COMPARE_WITH_TIMEOUT(pane->notifier()->unreadTotal(), after, 5000);
        QVERIFY(after >= serverTotal);
        QCOMPARE(list->rowCount(), 0);
    }

    void keyboardMovesBetweenConversations()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        pane->activateWindow();
        auto *next = pane->findChild<QAction *>(QStringLiteral("nextConversationAction"));
        QVERIFY(next->toolTip().contains(next->shortcut().toString(QKeySequence::NativeText)));
        next->trigger();
        const qint64 first = pane->currentContactId();
        QVERIFY(first > 0);
        next->trigger();
        QVERIFY(pane->currentContactId() != first);
        pane->findChild<QAction *>(QStringLiteral("previousConversationAction"))->trigger();
        QCOMPARE(pane->currentContactId(), first);
    }
};

QTEST_MAIN(TestInboxThread)
#include "tst_inboxthread.moc"
