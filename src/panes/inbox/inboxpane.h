// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "apierror.h"
#include "inboxsettingsdialog.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

class AccountApi;
class BackgroundPacer;
class RateBudget;
class ComposerWidget;
class ContactPanel;
class ContactsApi;
class DesktopNotifications;
class ConversationsApi;
class ConversationsModel;
class DraftStore;
class InboxNotifier;
class InboxTray;
class NotificationSound;
class PaneNavigator;
class QAction;
class QCheckBox;
class QComboBox;
class MessageBar;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSplitter;
class QTimer;
class QTreeView;
class QuickRepliesStore;
class ThreadModel;
class ThreadPanel;
class UnreadCounter;

// The agent inbox: the conversation list (filters, search, paging), the open thread with
// its composer, and the contact panel. Live: the list and the open thread are re-read on
// timers while the window is active (less often when it is not, for notifications), and
// after a wake-up or a restored connection the thread is stitched without a gap.
class InboxPane final : public QWidget, public Pane
{
    Q_OBJECT

public:
    struct Services
    {
        ConversationsApi &conversations;
        ContactsApi &contacts;
        AccountApi &account;
        PaneNavigator &navigator;
        QSettings &settings;
        QString draftsPath; // the drafts file
        // The desktop's notification service; null or unavailable: the tray's balloon.
        DesktopNotifications *notifications = nullptr;
        // The key's shared budget: background polls slow down as it falls. Null: fixed.
        const RateBudget *budget = nullptr;
    };

    explicit InboxPane(const Services &services, QWidget *parent = nullptr);
    ~InboxPane() override;

    // The navigation entry point: shows that contact's conversation (even one that is not
    // in the loaded part of the list).
    void openConversation(int contactId);
    // Reads the list, the channels and the open thread again; safe at any time.
    void reload() override;
    QString paneTitle() const override;
    bool isBusy() const override;
    bool hasStarted() const override;
    void setRefreshIntervals(int listMs, int threadMs, int backgroundMs);
    // The agent's preferences (stored in the settings), applied at once.
    InboxSettings preferences() const { return m_prefs; }
    void applyPreferences(const InboxSettings &preferences);
    // Opens the (non-blocking) Inbox settings dialog, or raises the open one.
    void openSettingsDialog();
    InboxSettingsDialog *settingsDialog() const { return m_settingsDialog; }
    // Replaces the chime (tests count plays instead of needing an audio device).
    void setNotificationSound(NotificationSound *sound) { m_sound = sound; }

    qint64 currentContactId() const { return m_current; }
    ConversationsModel *conversationsModel() const { return m_conversations; }
    ThreadModel *threadModel() const { return m_thread; }
    ComposerWidget *composer() const { return m_composer; }
    ContactPanel *contactPanel() const { return m_contactPanel; }
    InboxNotifier *notifier() const { return m_notifier; }
    UnreadCounter *unreadCounter() const { return m_unread; }
    DraftStore *draftStore() const { return m_drafts; }
    QuickRepliesStore *quickReplies() const { return m_quickReplies; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    // What a desktop notification says (whichever way it was shown, for the tests).
    void notificationShown(qint64 contactId, const QString &title, const QString &body);
    // Conversations with unread messages, counted by the server (UnreadCounter): the
    // navigation shows it, so agents see new messages while they work in another section.
    void unreadTotalChanged(int total);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void start();
    void buildActions();
    void showConversation(qint64 contactId);
    void applyFilters();
    void loadChannels();
    void tick();
    void moveSelection(int delta);
    void send(const QString &text, const QString &channel);
    // A send that failed: says why at the reply box; one that never left goes back into it.
    void handleSendFailed(int row, const ApiError &error);
    void openFromNotification(qint64 contactId);
    void saveState();
    void restoreState();

    QSettings &m_settings;
    ConversationsApi &m_api;
    AccountApi &m_accountApi;
    PaneNavigator &m_navigator;
    ConversationsModel *m_conversations;
    ThreadModel *m_thread;
    DraftStore *m_drafts;
    QuickRepliesStore *m_quickReplies;
    InboxNotifier *m_notifier;
    UnreadCounter *m_unread;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QCheckBox *m_unreadOnly = nullptr;
    QTreeView *m_list = nullptr;
    MessageBar *m_errorBar = nullptr;
    ThreadPanel *m_threadPanel = nullptr;
    ComposerWidget *m_composer = nullptr;
    ContactPanel *m_contactPanel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_listTimer = nullptr;
    QTimer *m_threadTimer = nullptr;
    BackgroundPacer *m_listPacer = nullptr;
    BackgroundPacer *m_threadPacer = nullptr;
    qint64 m_unreadCheckedFor = 0; // the thread whose first load asked for the unread count
    InboxTray *m_tray = nullptr;
    DesktopNotifications *m_desktopNotifications = nullptr;
    QPointer<InboxSettingsDialog> m_settingsDialog;
    std::unique_ptr<NotificationSound> m_chime;
    NotificationSound *m_sound = nullptr;
    InboxSettings m_prefs;
    QElapsedTimer m_sinceTick;
    qint64 m_current = 0;
    int m_listMs = 15000;
    int m_threadMs = 5000;
    int m_backgroundMs = 60000;
    int m_backgroundWaited = 0;
    bool m_channelsLoading = false; // one channels request at a time
    bool m_started = false;
    QStringList m_connected;
};
