// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QString>

#include <optional>

// The calendar's filters, one rule for every view: the day and week views and the list
// show exactly the bookings shows() accepts. Status and contact also narrow what is asked
// of the server; type, resource and "show cancelled" only what is shown.
struct CalendarFilters
{
    qint64 typeId = 0; // 0: every type (and no free slots)
    std::optional<qint64> resourceId; // unset: every resource
    QString status; // empty: every status
    qint64 contactId = 0; // 0: every contact
    bool showCancelled = false;

    bool shows(const Booking &booking) const;
    bool operator==(const CalendarFilters &other) const;
    bool operator!=(const CalendarFilters &other) const { return !(*this == other); }
};
