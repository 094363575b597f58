// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CalendarPane's entry points for the command palette (kept apart from calendarpane.cpp,
// which is near its size limit).
#include "bookingsmodel.h"
#include "calendarpane.h"
#include "calendarrules.h"
#include "calendarview.h"
#include "contactnames.h"

void CalendarPane::showBooking(qint64 bookingId, const QDateTime &start)
{
    if (bookingId <= 0 || !start.isValid())
        return;
    // The list view shows a range the user chose; the booking's own week shows it for sure.
    if (m_mode == Mode::List)
        setMode(Mode::Week);
    m_pendingSelection = bookingId;
    setDate(start.toTimeZone(m_clock.zone()).date());
    selectPendingBooking();
}

void CalendarPane::selectPendingBooking()
{
    const std::optional<Booking> booking = m_pendingSelection > 0 ? m_model->booking(m_pendingSelection) : std::nullopt;
    if (!booking)
        return;
    m_view->setSelectedId(m_pendingSelection);
    const double minutes = CalendarRules::minutesInto(booking->startsAt, m_date, m_clock.zone());
    m_view->scrollToMinutes(qMax(0, int(minutes) - 60));
    m_pendingSelection = 0;
    updateDetails();
    m_view->setFocus();
}

QString CalendarPane::contactNameFor(const Booking &booking) const
{
    return m_names->nameFor(booking);
}
