// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unreadcounter.h"

#include "conversationsapi.h"

UnreadCounter::UnreadCounter(ConversationsApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_deferred.setSingleShot(true);
    connect(&m_deferred, &QTimer::timeout, this, &UnreadCounter::refresh);
}

void UnreadCounter::refreshNow()
{
    m_sinceAsked.invalidate();
    refresh();
}

void UnreadCounter::refresh()
{
    if (m_asking) {
        // Something changed while the count was on its way (a conversation was just read):
        // ask once more when it lands, so the last answer shown is not older than the change.
        m_askAgain = true;
        return;
    }
    if (m_sinceAsked.isValid() && m_sinceAsked.elapsed() < m_minimumMs) {
        if (!m_deferred.isActive())
            m_deferred.start(int(m_minimumMs - m_sinceAsked.elapsed()));
        return;
    }
    m_deferred.stop();
    m_sinceAsked.start();
    m_asking = true;
    ConversationQuery query;
    query.unreadOnly = true;
    query.page.perPage = 1;
    m_api.listConversations(query, this, [this](const ApiResult<Page<Conversation>> &result) {
        m_asking = false;
        if (!result) {
            m_askAgain = false;
            Q_EMIT failed(result.error());
            return;
        }
        // (A list without meta decodes as one complete page: its total is its length.)
        const int total = result.value().meta.total;
        if (total != m_total) {
            m_total = total;
            Q_EMIT totalChanged(total);
        }
        if (m_askAgain) {
            m_askAgain = false;
            refresh();
        }
    });
}
