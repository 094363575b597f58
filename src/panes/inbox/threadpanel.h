// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ComposerWidget;
class QFrame;
class QLabel;
class QPushButton;
class QListView;
class QuickRepliesStore;
class ThreadModel;
class ThreadViewProxy;
struct Message;

// The middle of the inbox: the open conversation's title, its messages (following the
// newest unless the agent scrolled up; older ones load page after page while the top is
// near, under a "Loading older messages…" row, without moving what is on screen), the bar for a failed or unconfirmed send with Retry and Edit, and the
// composer. Which conversation is open, drafts and sending are the pane's business.
class ThreadPanel final : public QWidget
{
    Q_OBJECT

public:
    ThreadPanel(ThreadModel &thread, QuickRepliesStore &quickReplies, QWidget *parent = nullptr);

    ComposerWidget *composer() const { return m_composer; }
    QListView *view() const { return m_view; }
    void setTitle(const QString &title);
    // After the agent sent something: show the newest message and keep following.
    void followNewest();

Q_SIGNALS:
    // Edit took a failed message's text back into the composer (the draft changed).
    void composerTextRestored(const QString &text);

private:
    void announce(const QList<Message> &messages);
    int lastFailedRow() const;
    void updateFailBar();
    void retryFailed();
    void editFailed();
    void maybeLoadOlder();
    // Loads the next older page when the top of the thread is in (or near) sight.
    void checkTop();
    void restoreAnchor();
    void copySelection();

    ThreadModel &m_thread;
    QLabel *m_title;
    QLabel *m_announcement; // the open conversation's newest arrivals, for screen readers
    ThreadViewProxy *m_proxy = nullptr;
    QListView *m_view;
    QLabel *m_olderRow;
    int m_anchorFromBottom = -1; // where the reader was, kept while older rows go above
    bool m_olderAdded = false;
    QFrame *m_failBar;
    QLabel *m_failLabel;
    QPushButton *m_retrySend = nullptr; // "Retry" on a failed send, "Check again" on an unconfirmed one
    ComposerWidget *m_composer;
    bool m_stickToBottom = true;
};
