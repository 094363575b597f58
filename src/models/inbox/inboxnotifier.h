// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QObject>
#include <QSet>

// Decides what the desktop tells the agent about inbound messages: a notification only
// while the window is not focused, a sound (optional) also when focused, nothing when
// muted, and never twice for the same message. The tray itself is the pane's business.
class InboxNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit InboxNotifier(QObject *parent = nullptr);

    void setWindowActive(bool active) { m_windowActive = active; }
    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }
    void setSoundEnabled(bool enabled) { m_sound = enabled; }
    bool isSoundEnabled() const { return m_sound; }
    // Whether the sound also plays while the agent is looking at the window.
    void setSoundWhenFocused(bool enabled) { m_soundWhenFocused = enabled; }
    bool isSoundWhenFocused() const { return m_soundWhenFocused; }

    // A new inbound message for the contact named; the open conversation counts as seen
    // when the window is active.
    void inbound(const Message &message, const QString &contactName, qint64 openContactId);
    void setUnreadTotal(int total);
    int unreadTotal() const { return m_unreadTotal; }
    // The agent clicked the last desktop notification (the tray's messageClicked).
    void notificationClicked();
    qint64 lastNotifiedContact() const { return m_lastNotified; }

Q_SIGNALS:
    void notify(qint64 contactId, const QString &title, const QString &body);
    void playSound();
    // The conversation the clicked notification was about should be shown.
    void openRequested(qint64 contactId);
    void unreadTotalChanged(int total);

private:
    bool m_windowActive = true;
    bool m_muted = false;
    bool m_sound = false;
    bool m_soundWhenFocused = true;
    qint64 m_lastNotified = 0;
    int m_unreadTotal = 0;
    QSet<qint64> m_seen;
};
