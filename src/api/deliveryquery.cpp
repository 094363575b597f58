// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryquery.h"

QUrlQuery DeliveryQuery::toQuery() const
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (!event.isEmpty())
        query.addQueryItem(QStringLiteral("event"), event);
    page.addTo(query);
    return query;
}
