// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "slot.h"

#include <QDateTime>
#include <QList>

// Which of a day's availability slots one lane of the grid can still take. The server
// answers per booking type, and without a resource a slot is "available" when any resource
// is free; a lane (one resource) is free only where none of its own loaded bookings sit.
// The keyboard and the accessibility tree walk these; the mouse sees the same colours.
class FreeSlots
{
public:
    // Available slots that start after now (an invalid now: all) and overlap no
    // non-cancelled booking among laneBookings, in time order.
    static QList<Slot> inLane(
        const QList<Slot> &daySlots, const QList<Booking> &laneBookings, const QDateTime &now);
};
