// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxnotifier.h"

InboxNotifier::InboxNotifier(QObject *parent)
    : QObject(parent)
{
}

void InboxNotifier::inbound(const Message &message, const QString &contactName, qint64 openContactId)
{
    if (!message.isInbound() || m_muted)
        return;
    if (message.id > 0) {
        if (m_seen.contains(message.id))
            return;
        m_seen.insert(message.id);
    }
    if (m_sound && (!m_windowActive || m_soundWhenFocused))
        Q_EMIT playSound();
    if (m_windowActive)
        return; // the agent is looking at the inbox already
    Q_UNUSED(openContactId)
    QString body = message.content.simplified();
    if (body.size() > 120)
        body = body.left(119) + QChar(0x2026);
    if (body.isEmpty())
        body = tr("New %1 message").arg(message.type);
    m_lastNotified = message.contactId;
    Q_EMIT notify(message.contactId, contactName, body);
}

void InboxNotifier::notificationClicked()
{
    if (m_lastNotified > 0)
        Q_EMIT openRequested(m_lastNotified);
}

void InboxNotifier::setUnreadTotal(int total)
{
    if (total == m_unreadTotal)
        return;
    m_unreadTotal = total;
    Q_EMIT unreadTotalChanged(total);
}
