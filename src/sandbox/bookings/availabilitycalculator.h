// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timerange.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace Sandbox {

struct AvailabilitySlot
{
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC
    bool available = false;
};

// Availability per CONTRACT.md: business hours 09:00-17:00 in the account's time zone,
// Monday to Saturday, slots stepping by the booking type's duration. A slot is available
// when it has not started yet and one of the candidate resources is free for all of it.
class AvailabilityCalculator
{
public:
    AvailabilityCalculator(const QTimeZone &zone, const QDateTime &now);

    // Busy time of a resource (its non-cancelled bookings); may be called repeatedly.
    void addBusy(qint64 resourceId, const TimeRange &range);

    // The business hours of date in UTC; invalid on Sundays.
    TimeRange businessHours(QDate date) const;
    // candidateResourceIds: the requested resource, or every active resource.
    QList<AvailabilitySlot> daySlots(QDate date, int durationMinutes,
                                  const QList<qint64> &candidateResourceIds) const;

    static bool isBusinessDay(QDate date);
    // The seed's slot format: 2026-03-10T09:00:00Z (UTC, whole seconds).
    static QString formatSlotTime(const QDateTime &time);

private:
    bool isFree(qint64 resourceId, const TimeRange &range) const;

    QTimeZone m_zone;
    QDateTime m_now;
    QHash<qint64, QList<TimeRange>> m_busy;
};

} // namespace Sandbox
