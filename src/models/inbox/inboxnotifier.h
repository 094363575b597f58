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

    // A new inbound message for the contact named; the open conversation counts as seen
    // when the window is active.
    void inbound(const Message &message, const QString &contactName, qint64 openContactId);
    void setUnreadTotal(int total);
    int unreadTotal() const { return m_unreadTotal; }

Q_SIGNALS:
    void notify(qint64 contactId, const QString &title, const QString &body);
    void playSound();
    void unreadTotalChanged(int total);

private:
    bool m_windowActive = true;
    bool m_muted = false;
    bool m_sound = false;
    int m_unreadTotal = 0;
    QSet<qint64> m_seen;
};
