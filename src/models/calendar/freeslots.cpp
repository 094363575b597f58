// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeslots.h"

#include "calendarrules.h"

#include <algorithm>

QList<Slot> FreeSlots::inLane(
    const QList<Slot> &daySlots, const QList<Booking> &laneBookings, const QDateTime &now)
{
    QList<Slot> free;
    for (const Slot &slot : daySlots) {
        if (!slot.available || (now.isValid() && slot.startsAt <= now))
            continue;
        const bool taken
            = std::any_of(laneBookings.cbegin(), laneBookings.cend(), [&](const Booking &b) {
                  return b.status != u"cancelled"
                      && CalendarRules::overlaps(slot.startsAt, slot.endsAt, b.startsAt, b.endsAt);
              });
        if (!taken)
            free.append(slot);
    }
    std::sort(free.begin(), free.end(),
        [](const Slot &a, const Slot &b) { return a.startsAt < b.startsAt; });
    return free;
}
