// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingquery.h"

#include "timestamp.h"

QUrlQuery BookingQuery::toQuery() const
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (contactId)
        query.addQueryItem(QStringLiteral("contact_id"), QString::number(*contactId));
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), Timestamp::format(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), Timestamp::format(to));
    page.addTo(query);
    return query;
}
