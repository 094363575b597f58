// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpane.h"

#include "loadingnotice.h"
#include "savedagemarker.h"
#include "accountapi.h"
#include "apierrortext.h"
#include "backgroundpacer.h"
#include "channelsmodel.h"
#include "composerrules.h"
#include "composerwidget.h"
#include "contactpanel.h"
#include "desktopnotifications.h"
#include "conversationlistdelegate.h"
#include "conversationsmodel.h"
#include "chimesound.h"
#include "draftstore.h"
#include "inboxnotifier.h"
#include "inboxsettingsdialog.h"
#include "inboxtray.h"
#include "messagebar.h"
#include "messagedelegate.h"
#include "plaintextwidgets.h"
#include "quickrepliesstore.h"
#include "threadmodel.h"
#include "threadpanel.h"
#include "clearbutton.h"
#include "unreadcounter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QLatin1String kChannelFilter("inbox/filterChannel");
const QLatin1String kUnreadOnly("inbox/filterUnreadOnly");
const QLatin1String kSplitter("inbox/splitter");

} // namespace

InboxPane::InboxPane(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_settings(services.settings)
    , m_api(services.conversations)
    , m_accountApi(services.account)
    , m_navigator(services.navigator)
    , m_conversations(new ConversationsModel(services.conversations, this))
    , m_thread(new ThreadModel(services.conversations, this))
    , m_drafts(new DraftStore(services.draftsPath, this))
    , m_quickReplies(new QuickRepliesStore(services.settings, this))
    , m_notifier(new InboxNotifier(this))
    , m_unread(new UnreadCounter(services.conversations, this))
    , m_desktopNotifications(services.notifications)
{
    m_prefs = InboxSettings::load(m_settings);

    // Left: filters and the conversation list.
    auto *left = new QWidget(this);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search conversations"));
    ClearButton::enable(m_search);
    m_search->setPlaceholderText(tr("Search name, phone or e-mail"));
    m_channelFilter = new QComboBox(left);
    m_channelFilter->setObjectName(QStringLiteral("channelFilter"));
    m_channelFilter->addItem(tr("All channels"), QString());
    for (const QString &c : ChannelsModel::knownCodes())
        m_channelFilter->addItem(ChannelsModel::channelName(c), c);
    m_unreadOnly = new QCheckBox(tr("Unread only"), left);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnlyCheck"));
    m_list = new QTreeView(left);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // One two-line entry per conversation (icon, name, time; last message, unread badge):
    // agents scan names and messages, and narrow columns cut both short.
    m_list->setItemDelegateForColumn(ConversationsModel::ContactColumn, new ConversationListDelegate(m_list));
    m_list->setHeaderHidden(true);
    for (int column = ConversationsModel::ContactColumn + 1; column < ConversationsModel::ColumnCount; ++column)
        m_list->setColumnHidden(column, true);
    m_errorBar = new MessageBar(left);
    m_errorBar->setObjectName(QStringLiteral("errorFrame"));
    // A push button reserves room for its menu arrow; a tool button drew the arrow over
    // the end of the (longer) Arabic text.
    auto *menuButton = new QPushButton(tr("Inbox"), left);
    menuButton->setObjectName(QStringLiteral("inboxMenuButton"));
    menuButton->setMenu(new QMenu(menuButton));
    // Two short rows rather than one long one: in Arabic the labels are wider and a
    // single row left the menu button clipped at the list's usual width.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(menuButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_channelFilter, 1);
    filterRow->addWidget(m_unreadOnly);
    // In the filter row, not a row of its own: the list keeps its height (and its pages).
    filterRow->addWidget(SavedAgeMarker::following(m_conversations, left));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_errorBar);
    auto *loading = new LoadingNotice(this, [this] { return m_conversations && m_conversations->isLoading(); }, left);
    loading->setQuietWhile(m_errorBar);
    leftLayout->addWidget(loading);
    leftLayout->addWidget(m_list, 1);

    // Middle: the thread and the composer.
    m_threadPanel = new ThreadPanel(*m_thread, *m_quickReplies, this);
    m_threadPanel->setObjectName(QStringLiteral("threadPanel"));
    m_composer = m_threadPanel->composer();

    m_contactPanel = new ContactPanel(services.contacts, services.navigator, this);
    m_contactPanel->setObjectName(QStringLiteral("contactPanel"));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_threadPanel);
    m_splitter->addWidget(m_contactPanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    m_listTimer = new QTimer(this);
    m_listTimer->setObjectName(QStringLiteral("listRefreshTimer"));
    m_threadTimer = new QTimer(this);
    m_threadTimer->setObjectName(QStringLiteral("threadRefreshTimer"));
    m_listPacer = new BackgroundPacer(m_listTimer, PollingPolicy::Kind::List, this);
    m_listPacer->setBudget(services.budget);
    m_threadPacer = new BackgroundPacer(m_threadTimer, PollingPolicy::Kind::Thread, this);
    m_threadPacer->setBudget(services.budget);

    connect(m_threadPanel, &ThreadPanel::composerTextRestored, this,
            [this](const QString &text) { m_drafts->setDraft(m_current, text); });
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPane::applyFilters);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, &InboxPane::applyFilters);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &InboxPane::applyFilters);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showConversation(current.data(ConversationsModel::ContactIdRole).toLongLong());
            });
    connect(m_conversations, &ConversationsModel::loaded, this, [this] {
        m_errorBar->hide();
        // The open conversation may have just come into the (reset) list: reselect it.
        const int row = m_conversations->rowForContact(m_current);
        if (row >= 0 && m_list->currentIndex().row() != row) {
            const QSignalBlocker block(m_list->selectionModel());
            m_list->setCurrentIndex(m_conversations->index(row, 0));
        }
        Q_EMIT loaded();
    });
    connect(m_conversations, &ConversationsModel::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        m_errorBar->showMessage(tr("The conversations could not be loaded. %1").arg(userMessage(error)),
                                [this] { reload(); });
        Q_EMIT loadFailed(error);
    });
    connect(m_conversations, &ConversationsModel::unreadRaised, this, [this](qint64 contactId, int) {
        const Conversation *c = m_conversations->conversationForContact(contactId);
        if (!c || !c->lastMessage)
            return;
        Message m = *c->lastMessage;
        m.contactId = contactId;
        m_notifier->inbound(m, c->contact.name, m_current);
        m_unread->refresh(); // the list saw a change: only then is the count worth a request
        if (contactId == m_current)
            m_thread->refresh();
    });
    connect(m_thread, &ThreadModel::inboundArrived, this, [this](const QList<Message> &messages) {
        const QString name = m_contactPanel->contact().name;
        for (const Message &m : messages)
            m_notifier->inbound(m, name, m_current);
    });
    connect(m_thread, &ThreadModel::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(error);
    });
    connect(m_thread, &ThreadModel::loaded, this, [this] {
        // Reading the thread marked it read on the server. Each refresh of the open thread
        // used to ask for the count too (12 requests a minute per desk); now only a thread
        // that was unread, or the first load of one the list does not show, asks.
        const bool wasUnread = m_conversations->markRead(m_current);
        if (wasUnread || m_unreadCheckedFor != m_current) {
            m_unreadCheckedFor = m_current;
            m_unread->refresh();
        }
    });
    // Colleagues read conversations too: a count that went down in the list is asked again.
    connect(m_conversations, &ConversationsModel::unreadCountsChanged, m_unread, &UnreadCounter::refresh);
    connect(m_thread, &ThreadModel::sendFailed, this, &InboxPane::handleSendFailed);
    connect(m_composer, &ComposerWidget::sendRequested, this, &InboxPane::send);
    connect(m_composer, &ComposerWidget::textEdited, this,
            [this](const QString &text) { m_drafts->setDraft(m_current, text); });
    connect(m_contactPanel, &ContactPanel::contactLoaded, this, [this](const Contact &c) {
        if (c.id != m_current)
            return;
        const Conversation *conv = m_conversations->conversationForContact(c.id);
        m_composer->setConversation(true, conv ? conv->channel : c.channel, c.isBlacklisted);
        // Only the contact's own channels: a web-chat customer never silently gets WhatsApp.
        m_composer->setContactChannels(ComposerRules::contactChannels(c.channel, conv ? conv->channel : QString()));
        m_threadPanel->setTitle(c.name);
    });
    connect(m_contactPanel, &ContactPanel::blacklistChanged, this,
            [this](qint64, bool blacklisted) { m_composer->setBlacklisted(blacklisted); });
    connect(m_listTimer, &QTimer::timeout, this, &InboxPane::tick);
    connect(m_threadTimer, &QTimer::timeout, this, [this] {
        if (m_threadPacer->admit() && isVisible() && window()->isActiveWindow())
            m_thread->refresh();
    });
    m_tray = new InboxTray(this);
    connect(m_notifier, &InboxNotifier::notify, this,
            [this](qint64 contactId, const QString &title, const QString &body) {
                // The desktop's own notifications where there are any (they work without a
                // tray and say which conversation was clicked); the tray's balloon otherwise.
                if (m_desktopNotifications && m_desktopNotifications->isAvailable())
                    m_desktopNotifications->show(contactId, title, body);
                else
                    m_tray->showMessage(title, body);
                Q_EMIT notificationShown(contactId, title, body);
            });
    connect(m_notifier, &InboxNotifier::playSound, this, [this] {
        if (!m_sound) {
            m_chime = std::make_unique<ChimeSound>();
            m_sound = m_chime.get();
        }
        m_sound->play();
    });
    // The count comes from the server, whatever the list shows (search, filters) and
    // before the Inbox has ever been opened.
    connect(m_unread, &UnreadCounter::totalChanged, m_notifier, &InboxNotifier::setUnreadTotal);
    connect(m_notifier, &InboxNotifier::unreadTotalChanged, m_tray, &InboxTray::setUnread);
    connect(m_notifier, &InboxNotifier::unreadTotalChanged, this, &InboxPane::unreadTotalChanged);
    connect(m_tray, &InboxTray::messageClicked, m_notifier, &InboxNotifier::notificationClicked);
    connect(m_notifier, &InboxNotifier::openRequested, this, &InboxPane::openFromNotification);
    if (m_desktopNotifications)
        connect(m_desktopNotifications, &DesktopNotifications::clicked, this, &InboxPane::openFromNotification);

    buildActions();
    restoreState();
    m_composer->setConversation(false, {}, false);
    m_sinceTick.start();
    applyPreferences(m_prefs);
    m_unread->refresh();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

void InboxPane::openFromNotification(qint64 contactId)
{
    QWidget *w = window();
    if (w->isMinimized())
        w->showNormal();
    w->raise();
    w->activateWindow();
    openConversation(int(contactId));
}

void InboxPane::start()
{
    // The first load waits until the pane is shown (or the first background tick), so
    // sign-in does not spend the rate budget on a pane nobody looks at yet.
    if (m_started)
        return;
    m_started = true;
    loadChannels();
    applyFilters();
}

void InboxPane::showEvent(QShowEvent *event)
{
    start();
    QWidget::showEvent(event);
}

InboxPane::~InboxPane()
{
    saveState();
    m_drafts->flush();
}

void InboxPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && m_started) {
        m_notifier->setWindowActive(isActiveWindow());
        // Coming back to the window: show what arrived meanwhile without waiting a tick.
        if (isActiveWindow() && isVisible()) {
            m_conversations->refresh();
            m_thread->refresh();
        }
    }
    QWidget::changeEvent(event);
}

void InboxPane::setRefreshIntervals(int listMs, int threadMs, int backgroundMs)
{
    m_listMs = std::max(listMs, 200);
    m_threadMs = std::max(threadMs, 200);
    m_backgroundMs = std::max(backgroundMs, m_listMs);
    m_listPacer->setBaseInterval(m_listMs);
    m_threadPacer->setBaseInterval(m_threadMs);
    m_unread->setMinimumInterval(m_listMs);
}

void InboxPane::tick()
{
    const qint64 elapsed = m_sinceTick.restart();
    // Far more time than one interval passed: the computer slept. Catch up at once.
    const bool woke = elapsed > 3 * qint64(m_listTimer->interval()) + 10000;
    // Other desks on the key spent most of the minute: wait (the pacer also slows the timer).
    if (!m_listPacer->admit())
        return;
    // The count is never asked more often than the list poll, however it is triggered.
    m_unread->setMinimumInterval(m_listTimer->interval());
    const bool windowActive = window()->isActiveWindow();
    const bool active = isVisible() && windowActive;
    if (!active && !woke) {
        // The navigation's count stays current while the agent works in another section:
        // one request a tick for the count instead of the list.
        if (windowActive)
            m_unread->refresh();
        // In the background only every m_backgroundMs, still enough to notify.
        m_backgroundWaited += m_listTimer->interval();
        if (m_backgroundWaited < m_backgroundMs)
            return;
    }
    m_backgroundWaited = 0;
    if (!m_started) {
        m_unread->refresh();
        start();
        return;
    }
    // With the list on screen the count follows the list: it is asked when a refresh saw an
    // unread count move (unreadRaised, unreadCountsChanged), not on every tick.
    if (!m_conversations->isLoading())
        m_conversations->refresh();
    // The reply box depends on the channels: a failed load is tried again with the list.
    if (m_composer->channelsFailed())
        loadChannels();
    if (woke) {
        m_unread->refresh();
        m_thread->refresh();
    }
}

void InboxPane::reload()
{
    m_unread->refreshNow();
    if (!m_started) {
        start();
        return;
    }
    loadChannels();
    m_conversations->refresh();
    m_thread->refresh();
    if (m_current > 0 && !m_contactPanel->isLoaded())
        m_contactPanel->setContact(m_current);
}

void InboxPane::loadChannels()
{
    if (m_channelsLoading)
        return;
    m_channelsLoading = true;
    m_accountApi.fetchChannels(this, [this](const ApiResult<QList<Channel>> &result) {
        m_channelsLoading = false;
        if (!result) {
            if (result.error().kind != ApiError::Kind::Cancelled) {
                m_composer->setChannelsFailed(userMessage(result.error()));
                Q_EMIT loadFailed(result.error());
            }
            return;
        }
        m_connected = ComposerRules::connectedChannels(result.value());
        m_composer->setChannels(m_connected, true);
    });
}

void InboxPane::applyFilters()
{
    m_settings.setValue(kChannelFilter, m_channelFilter->currentData().toString());
    m_settings.setValue(kUnreadOnly, m_unreadOnly->isChecked());
    m_conversations->setQuery(m_channelFilter->currentData().toString(), m_unreadOnly->isChecked(),
                              m_search->text().trimmed());
}

void InboxPane::openConversation(int contactId)
{
    if (contactId <= 0)
        return;
    start();
    const int row = m_conversations->rowForContact(contactId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_conversations->index(row, 0));
        m_list->scrollTo(m_list->currentIndex());
    } else {
        m_list->selectionModel()->clearCurrentIndex();
    }
    showConversation(contactId);
    m_composer->focusEditor();
}

void InboxPane::showConversation(qint64 contactId)
{
    if (contactId == m_current)
        return;
    // The draft of the conversation being left is already saved on every keystroke; make
    // sure the text never follows the agent to the next customer.
    m_drafts->setDraft(m_current, m_composer->text());
    m_current = contactId;
    m_conversations->setKeptContact(contactId);
    const Conversation *c = m_conversations->conversationForContact(contactId);
    m_threadPanel->setTitle(c ? c->contact.name : QString());
    m_composer->setText(m_drafts->draft(contactId));
    m_composer->setConversation(true, c ? c->channel : QString(), false);
    m_thread->setContact(contactId);
    m_contactPanel->setContact(contactId);
}

void InboxPane::moveSelection(int delta)
{
    const int rows = m_conversations->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_conversations->index(row, 0));
}

void InboxPane::send(const QString &text, const QString &channel)
{
    if (m_current <= 0)
        return;
    m_thread->send(text, channel);
    m_composer->setText({});
    m_drafts->setDraft(m_current, {});
    m_threadPanel->followNewest();
}

void InboxPane::saveState()
{
    m_settings.setValue(kSplitter, m_splitter->saveState());
}

void InboxPane::restoreState()
{
    if (!m_splitter->restoreState(m_settings.value(kSplitter).toByteArray()))
        m_splitter->setSizes({500, 500, 240});
    const QSignalBlocker b1(m_channelFilter);
    const QSignalBlocker b2(m_unreadOnly);
    m_channelFilter->setCurrentIndex(std::max(0, m_channelFilter->findData(m_settings.value(kChannelFilter).toString())));
    m_unreadOnly->setChecked(m_settings.value(kUnreadOnly, false).toBool());
}
