// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilityquery.h"

#include "timestamp.h"

QUrlQuery AvailabilityQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("booking_type_id"), QString::number(bookingTypeId));
    query.addQueryItem(QStringLiteral("date"), Timestamp::formatDate(date));
    if (resourceId)
        query.addQueryItem(QStringLiteral("resource_id"), QString::number(*resourceId));
    return query;
}
