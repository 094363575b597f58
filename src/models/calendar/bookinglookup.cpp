// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookinglookup.h"

#include "bookingquery.h"
#include "bookingsapi.h"

void BookingLookup::findCreated(BookingsApi &api, const BookingInput &input,
    const QSet<qint64> &knownBefore, QObject *context, ApiCallback<Found> callback)
{
    BookingQuery query;
    query.contactId = input.contactId;
    const QDateTime start = input.startsAt.value_or(QDateTime());
    query.from = start;
    query.to = start.addSecs(60); // "to" is exclusive on the server: one minute holds it
    query.page = PageRequest { 1, 100 };
    api.list(query, context,
        [input, knownBefore, callback = std::move(callback)](const ApiResult<Page<Booking>> &result) {
            if (!result) {
                callback(result.error());
                return;
            }
            callback(Found(match(result.value().items, input, knownBefore)));
        });
}

BookingLookup::Found BookingLookup::match(
    const QList<Booking> &candidates, const BookingInput &input, const QSet<qint64> &knownBefore)
{
    for (const Booking &b : candidates) {
        if (knownBefore.contains(b.id) || b.status == QLatin1String("cancelled"))
            continue;
        if (input.contactId && b.contactId != *input.contactId)
            continue;
        if (input.bookingTypeId && b.bookingTypeId != *input.bookingTypeId)
            continue;
        if (input.startsAt && b.startsAt != *input.startsAt)
            continue;
        if (input.resourceId && b.resourceId != input.resourceId)
            continue;
        return b;
    }
    return std::nullopt;
}
