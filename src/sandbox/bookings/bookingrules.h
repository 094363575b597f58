// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingstatus.h"
#include "timerange.h"

#include <QList>
#include <QString>

namespace Sandbox {

// One existing booking as far as the overlap rule cares.
struct BookedInterval
{
    qint64 bookingId = 0;
    qint64 resourceId = 0;
    TimeRange range;
    BookingStatus status = BookingStatus::Confirmed;
};

// The booking rules of CONTRACT.md, free of storage and HTTP so they can be tested alone.
class BookingRules
{
public:
    static QDateTime endsAt(const QDateTime &startsAt, int durationMinutes);
    // "<type name> – <contact name>" with an EN DASH, as in the seed's example.
    static QString title(const QString &typeName, const QString &contactName);

    // True when a non-cancelled booking other than ignoreBookingId holds resourceId
    // during any part of range.
    static bool conflicts(const QList<BookedInterval> &existing, qint64 resourceId,
                          const TimeRange &range, qint64 ignoreBookingId = 0);
    // The first of candidateResourceIds (in the given order) that is free for range,
    // or 0 when every one is taken.
    static qint64 firstFreeResource(const QList<BookedInterval> &existing,
                                    const QList<qint64> &candidateResourceIds,
                                    const TimeRange &range, qint64 ignoreBookingId = 0);

    // Cancelling is only possible from pending or confirmed; the message explains why not.
    static bool canCancel(BookingStatus current, QString *error = nullptr);
    // PUT may set pending, confirmed or completed; cancelled and completed are final.
    static bool canChangeStatus(BookingStatus from, BookingStatus to, QString *error = nullptr);
    // Whether starts_at, resource or type may still change (notes always may, unless cancelled).
    static bool canReschedule(BookingStatus current, QString *error = nullptr);
};

} // namespace Sandbox
