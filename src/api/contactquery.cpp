// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactquery.h"

QUrlQuery ContactQuery::toQuery() const
{
    QUrlQuery query;
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    if (!tag.isEmpty())
        query.addQueryItem(QStringLiteral("tag"), tag);
    if (!channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), channel);
    if (isBlacklisted)
        query.addQueryItem(QStringLiteral("is_blacklisted"),
            *isBlacklisted ? QStringLiteral("true") : QStringLiteral("false"));
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), sort);
    page.addTo(query);
    return query;
}
