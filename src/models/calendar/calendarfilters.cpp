// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfilters.h"

#include "calendarrules.h"

#include <algorithm>

bool CalendarFilters::shows(const Booking &booking) const
{
    // Asking for cancelled bookings by status shows them without the check box.
    const bool cancelled = showCancelled || status == u"cancelled";
    return CalendarRules::isShown(booking, typeId, resourceId, cancelled)
        && (status.isEmpty() || booking.status == status)
        && (contactId <= 0 || booking.contactId == contactId);
}

QList<Resource> CalendarFilters::shownResources(const QList<Resource> &resources) const
{
    QList<Resource> shown;
    for (const Resource &r : resources) {
        if (r.isActive && (!resourceId || *resourceId == r.id))
            shown.append(r);
    }
    return shown;
}

bool CalendarFilters::needsOtherLane(
    const QList<Resource> &shown, const QList<Booking> &bookings) const
{
    if (resourceId)
        return false;
    return std::any_of(bookings.cbegin(), bookings.cend(), [&shown](const Booking &b) {
        return !b.resourceId || std::none_of(shown.cbegin(), shown.cend(), [&b](const Resource &r) {
            return r.id == *b.resourceId;
        });
    });
}

bool CalendarFilters::operator==(const CalendarFilters &other) const
{
    return typeId == other.typeId && resourceId == other.resourceId && status == other.status
        && contactId == other.contactId && showCancelled == other.showCancelled;
}
