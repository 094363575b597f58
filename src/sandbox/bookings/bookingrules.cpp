// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingrules.h"

namespace Sandbox {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

QDateTime BookingRules::endsAt(const QDateTime &startsAt, int durationMinutes)
{
    // Durations are absolute time: a 60-minute booking lasts 60 minutes even across a
    // DST change, so add seconds rather than wall-clock minutes.
    return startsAt.toUTC().addSecs(qint64(durationMinutes) * 60);
}

QString BookingRules::title(const QString &typeName, const QString &contactName)
{
    return typeName + u" \u2013 " + contactName;
}

bool BookingRules::conflicts(const QList<BookedInterval> &existing, qint64 resourceId,
                             const TimeRange &range, qint64 ignoreBookingId)
{
    for (const BookedInterval &booked : existing) {
        if (booked.resourceId != resourceId || booked.status == BookingStatus::Cancelled)
            continue;
        if (ignoreBookingId != 0 && booked.bookingId == ignoreBookingId)
            continue;
        if (booked.range.overlaps(range))
            return true;
    }
    return false;
}

qint64 BookingRules::firstFreeResource(const QList<BookedInterval> &existing,
                                       const QList<qint64> &candidateResourceIds,
                                       const TimeRange &range, qint64 ignoreBookingId)
{
    for (qint64 resourceId : candidateResourceIds) {
        if (!conflicts(existing, resourceId, range, ignoreBookingId))
            return resourceId;
    }
    return 0;
}

bool BookingRules::canCancel(BookingStatus current, QString *error)
{
    switch (current) {
    case BookingStatus::Pending:
    case BookingStatus::Confirmed:
        return true;
    case BookingStatus::Cancelled:
        setError(error, QStringLiteral("The booking is already cancelled."));
        return false;
    case BookingStatus::Completed:
        setError(error, QStringLiteral("A completed booking cannot be cancelled."));
        return false;
    }
    return false;
}

bool BookingRules::canChangeStatus(BookingStatus from, BookingStatus to, QString *error)
{
    if (to == BookingStatus::Cancelled) {
        setError(error, QStringLiteral("Use POST /bookings/{id}/cancel to cancel a booking."));
        return false;
    }
    if (from == BookingStatus::Cancelled) {
        setError(error, QStringLiteral("A cancelled booking cannot be changed."));
        return false;
    }
    if (from == BookingStatus::Completed && to != BookingStatus::Completed) {
        setError(error, QStringLiteral("A completed booking cannot be reopened."));
        return false;
    }
    return true;
}

bool BookingRules::canReschedule(BookingStatus current, QString *error)
{
    if (current == BookingStatus::Cancelled) {
        setError(error, QStringLiteral("A cancelled booking cannot be changed."));
        return false;
    }
    if (current == BookingStatus::Completed) {
        setError(error, QStringLiteral("A completed booking cannot be changed."));
        return false;
    }
    return true;
}

} // namespace Sandbox
