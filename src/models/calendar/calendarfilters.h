// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "resource.h"

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
    // The resources that get a lane (and a day-sheet section): active ones, under the filter.
    QList<Resource> shownResources(const QList<Resource> &resources) const;
    // Whether some booking belongs to none of those lanes (its resource is gone, inactive or
    // not yet assigned): it still has to be shown, in an extra lane. Never when one resource
    // is chosen.
    bool needsOtherLane(const QList<Resource> &shown, const QList<Booking> &bookings) const;
    bool operator==(const CalendarFilters &other) const;
    bool operator!=(const CalendarFilters &other) const { return !(*this == other); }
};
