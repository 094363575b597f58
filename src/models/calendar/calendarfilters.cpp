// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfilters.h"

#include "calendarrules.h"

bool CalendarFilters::shows(const Booking &booking) const
{
    // Asking for cancelled bookings by status shows them without the check box.
    const bool cancelled = showCancelled || status == u"cancelled";
    return CalendarRules::isShown(booking, typeId, resourceId, cancelled)
        && (status.isEmpty() || booking.status == status)
        && (contactId <= 0 || booking.contactId == contactId);
}

bool CalendarFilters::operator==(const CalendarFilters &other) const
{
    return typeId == other.typeId && resourceId == other.resourceId && status == other.status
        && contactId == other.contactId && showCancelled == other.showCancelled;
}
