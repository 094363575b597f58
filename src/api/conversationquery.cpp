// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationquery.h"

QUrlQuery ConversationQuery::toQuery() const
{
    QUrlQuery query;
    if (!channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), channel);
    if (unreadOnly)
        query.addQueryItem(QStringLiteral("unread"), QStringLiteral("true"));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    page.addTo(query);
    return query;
}
