// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Inbox pane against the real sandbox (demo seed, pinned clock): live inbound
// messages, sending, injected failures that are never resent, drafts across re-creating
// the pane, the blacklisted contact, notes and booking. Set SKYLIGHT_SCREENSHOT_DIR to
// also save what the pane looks like in English and right to left.
#include "apiclient.h"
#include "composerwidget.h"
#include "contactpanel.h"
#include "desktopnotifications.h"
#include "conversationsmodel.h"
#include "draftstore.h"
#include "inboxnotifier.h"
#include "inboxpane.h"
#include "inboxsettingsdialog.h"
#include "inboxtray.h"
#include "notificationsound.h"
#include "quickrepliesstore.h"
#include "panenavigator.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "threadmodel.h"

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
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

namespace {

class RecordingNavigator final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return true; }
    void openContact(int) override { }
    bool canOpenConversation() const override { return true; }
    void openConversation(int) override { }
    bool canBookAppointment() const override { return true; }
    void bookAppointment(const ContactRef &contact) override { booked.append(contact); }
    QList<ContactRef> booked;
};

// The desktop's notification service as the pane sees it.
class FakeDesktopNotifications final : public DesktopNotifications
{
public:
    bool isAvailable() override { return available; }
    void show(qint64 contactId, const QString &title, const QString &body) override
    {
        shown.append({contactId, title, body});
    }
    struct Shown
    {
        qint64 contactId;
        QString title;
        QString body;
    };
    bool available = true;
    QList<Shown> shown;
};

class CountingSound final : public NotificationSound
{
public:
    void play() override { ++plays; }
    int plays = 0;
};

using State = ThreadModel::SendState;

State stateOf(ThreadModel *model, int row)
{
    return model->index(row, 0).data(ThreadModel::SendStateRole).value<State>();
}

int countMessages(TestHttp &http, qint64 contactId, const QString &content)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const TestReply r = http.get(QStringLiteral("/contacts/%1/messages").arg(contactId), q);
    int n = 0;
    for (const QJsonValue &v : r.dataArray())
        n += v.toObject().value(QStringLiteral("content")).toString() == content ? 1 : 0;
    return n;
}

} // namespace

class TestInboxPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestConversationsApi> m_conversations;
    std::unique_ptr<RestContactsApi> m_contacts;
    std::unique_ptr<RestAccountApi> m_account;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    RecordingNavigator m_navigator;

    std::unique_ptr<InboxPane> makePane()
    {
        auto pane = std::make_unique<InboxPane>(InboxPane::Services{*m_conversations, *m_contacts, *m_account,
                                                                    m_navigator, *m_settings,
                                                                    m_dir->filePath(QStringLiteral("drafts.json"))});
        pane->resize(1200, 700);
        pane->show();
        return pane;
    }

    static bool waitLoaded(InboxPane &pane)
    {
        return QTest::qWaitFor([&] { return pane.conversationsModel()->rowCount() > 0
                                            && !pane.conversationsModel()->isLoading(); }, 10000);
    }

    static bool open(InboxPane &pane, int contactId)
    {
        pane.openConversation(contactId);
        return QTest::qWaitFor([&] { return pane.threadModel()->rowCount() > 0 && !pane.threadModel()->isLoading()
                                            && pane.contactPanel()->isLoaded(); }, 10000);
    }

    static void type(InboxPane &pane, const QString &text)
    {
        auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    static void pressEnter(InboxPane &pane)
    {
        QTest::keyClick(pane.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")), Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 10000;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        ApiConnection connection;
        connection.baseUrl = m_sandbox->baseUrl();
        connection.apiKey = m_sandbox->apiKey();
        m_client->setConnection(connection);
        m_conversations = std::make_unique<RestConversationsApi>(m_client.get());
        m_contacts = std::make_unique<RestContactsApi>(m_client.get());
        m_account = std::make_unique<RestAccountApi>(m_client.get());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_navigator.booked.clear();
    }

    void cleanup()
    {
        m_client->cancelAll();
        m_conversations.reset();
        m_contacts.reset();
        m_account.reset();
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void simulatedInboundShowsInListAndThreadWithinOneRefresh()
    {
        auto pane = makePane();
        pane->setRefreshIntervals(600000, 600000, 600000);
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        pane->notifier()->setWindowActive(false);
        QSignalSpy notified(pane.get(), &InboxPane::notificationShown);
        const int before = pane->threadModel()->rowCount();
        TestHttp &http = m_sandbox->http();
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
        QCOMPARE(m_sandbox->http()
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
        QCOMPARE(countMessages(m_sandbox->http(), 42, text), 1);
    }

    void injected500LeavesAFailedBubbleAndNoSecondRequest()
    {
        auto pane = makePane();
        QVERIFY(waitLoaded(*pane));
        QVERIFY(open(*pane, 42));
        TestHttp &http = m_sandbox->http();
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
        TestHttp &http = m_sandbox->http();
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
        QCOMPARE(m_sandbox->http().post(QStringLiteral("/_sandbox/faults"),
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
        QCOMPARE(m_sandbox->http().del(QStringLiteral("/_sandbox/faults")).status, 200);
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
        QCOMPARE(m_sandbox->http().post(QStringLiteral("/_sandbox/faults"),
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
        for (const QJsonValue &v : m_sandbox->http().get(QStringLiteral("/contacts/42/notes")).dataArray())
            found = found || v.toObject().value(QStringLiteral("content")).toString() == QStringLiteral("Called back, prefers Tuesdays");
        QVERIFY(found);
        pane->findChild<QPushButton *>(QStringLiteral("bookButton"))->click();
        QCOMPARE(m_navigator.booked.size(), 1);
        QCOMPARE(m_navigator.booked.first().id, 42);
        QCOMPARE(m_navigator.booked.first().name, QStringLiteral("Sarah Johnson"));
    }

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
        QCOMPARE(m_sandbox->http().post(QStringLiteral("/_sandbox/contacts/43/inbound"),
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
        TestHttp &http = m_sandbox->http();
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
        QCOMPARE(m_sandbox->http().post(QStringLiteral("/_sandbox/contacts/44/inbound"),
                                        {{QStringLiteral("content"), QStringLiteral("Hello?")}}).status, 201);
        pane->conversationsModel()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(sound.plays, 1, 5000);
        // Muted: no sound at all.
        prefs.muted = true;
        pane->applyPreferences(prefs);
        QCOMPARE(m_sandbox->http().post(QStringLiteral("/_sandbox/contacts/44/inbound"),
                                        {{QStringLiteral("content"), QStringLiteral("Anyone?")}}).status, 201);
        QSignalSpy loaded(pane->conversationsModel(), &ConversationsModel::loaded);
        pane->conversationsModel()->refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(sound.plays, 1);
    }

    void unreadOnlyKeepsTheOpenConversationUntilTheAgentMovesOn()
    {
        TestHttp &http = m_sandbox->http();
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
        TestHttp &http = m_sandbox->http();
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
            QCOMPARE(m_sandbox->http().post(QStringLiteral("/_sandbox/faults"),
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

QTEST_MAIN(TestInboxPane)
#include "tst_inboxpane.moc"
