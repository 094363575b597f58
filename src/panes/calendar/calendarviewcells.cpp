// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CalendarView as cells: every lane's free slots next to the booking blocks, so that the
// arrow keys and assistive technology reach a free time as easily as a booking.
#include "accessibleevents.h"
#include "blocknavigation.h"
#include "bookingsmodel.h"
#include "calendarrules.h"
#include "calendarview.h"
#include "freeslots.h"

#include <QAccessible>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

void CalendarView::setAccessibleTextFor(std::function<QString(const Booking &)> text)
{
    m_accessibleText = std::move(text);
}

void CalendarView::relayoutFree()
{
    const std::optional<FreeCell> focused
        = m_focusedFree >= 0 ? std::optional<FreeCell>(m_free.at(m_focusedFree)) : std::nullopt;
    m_free.clear();
    m_focusedFree = -1;
    ++m_generation;
    const int lanes = int(m_lanes.size());
    for (int column = 0; lanes > 0 && column < laneCount(); ++column) {
        const Lane &lane = m_lanes.at(column % lanes);
        // The "Other" lane holds bookings of no listed resource: nothing can be booked there.
        if ((m_slotResource && lane.resourceId != m_slotResource) || (!lane.resourceId && lanes > 1))
            continue;
        const auto day = m_slots.constFind(m_days.at(column / lanes));
        if (day == m_slots.constEnd())
            continue;
        QList<Booking> laneBookings;
        for (int i = 0; i < m_bookings.size(); ++i) {
            if (m_placed.at(i).column == column)
                laneBookings.append(m_bookings.at(i));
        }
        for (const Slot &slot : FreeSlots::inLane(day->timeSlots, laneBookings, m_now)) {
            if (focused && focused->column == column && focused->slot.startsAt == slot.startsAt)
                m_focusedFree = int(m_free.size());
            m_free.append({ column, slot });
        }
    }
}

QList<CalendarView::Cell> CalendarView::cellsIn(int column) const
{
    QList<Cell> cells;
    for (const FreeCell &free : m_free) {
        if (free.column == column)
            cells.append({ 0, column, free.slot.startsAt, free.slot.endsAt });
    }
    for (int i = 0; i < m_bookings.size(); ++i) {
        if (m_placed.at(i).column == column)
            cells.append({ m_bookings.at(i).id, column, m_bookings.at(i).startsAt,
                m_bookings.at(i).endsAt });
    }
    std::stable_sort(cells.begin(), cells.end(),
        [](const Cell &a, const Cell &b) { return a.start < b.start; });
    return cells;
}

std::optional<CalendarView::Cell> CalendarView::focusedCell() const
{
    if (m_focusedFree >= 0) {
        const FreeCell &free = m_free.at(m_focusedFree);
        return Cell { 0, free.column, free.slot.startsAt, free.slot.endsAt };
    }
    const auto it = m_index.constFind(m_selected);
    if (!m_selected || it == m_index.constEnd())
        return std::nullopt;
    const Booking &b = m_bookings.at(*it);
    return Cell { b.id, m_placed.at(*it).column, b.startsAt, b.endsAt };
}

void CalendarView::focusCell(const Cell &cell)
{
    if (!cell.isFree()) {
        setSelectedId(cell.bookingId);
        return;
    }
    for (int i = 0; i < m_free.size(); ++i) {
        if (m_free.at(i).column == cell.column && m_free.at(i).slot.startsAt == cell.start)
            setFocusedFree(i);
    }
}

void CalendarView::activateCell(const Cell &cell)
{
    focusCell(cell);
    if (!cell.isFree())
        Q_EMIT activated(cell.bookingId);
    else if (m_focusedFree >= 0)
        Q_EMIT slotClicked(cell.start, m_lanes.at(cell.column % int(m_lanes.size())).resourceId);
}

// A free slot takes the keyboard focus from the selected booking (and the details clear).
void CalendarView::setFocusedFree(int index)
{
    if (index == m_focusedFree)
        return;
    m_focusedFree = index;
    if (index < 0) {
        viewport()->update();
        return;
    }
    if (m_selected) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    const QRect r = cellRect(*focusedCell());
    if (r.top() < kHeader || r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(
            verticalScrollBar()->value() + r.top() - kHeader - kHourHeight);
    viewport()->update();
    announceFocus();
}

QRect CalendarView::cellRect(const Cell &cell) const
{
    if (!cell.isFree())
        return bookingRect(cell.bookingId);
    if (cell.column < 0 || cell.column >= laneCount())
        return {};
    const QDate day = m_days.at(cell.column / int(m_lanes.size()));
    return rectFor(cell.column, CalendarRules::minutesInto(cell.start, day, m_zone),
        CalendarRules::minutesInto(cell.end, day, m_zone));
}

QString CalendarView::laneText(int column) const
{
    if (column < 0 || column >= laneCount())
        return {};
    const QString day = QLocale().toString(
        m_days.at(column / int(m_lanes.size())), QStringLiteral("dddd d MMMM"));
    const QString lane = m_lanes.at(column % int(m_lanes.size())).name;
    return lane.isEmpty() ? day : tr("%1, %2", "lane, day").arg(lane, day);
}

QString CalendarView::cellText(const Cell &cell) const
{
    const QString times = tr("%1–%2", "from–to")
                              .arg(CalendarRules::timeText(cell.start.toTimeZone(m_zone).time()),
                                  CalendarRules::timeText(cell.end.toTimeZone(m_zone).time()));
    if (cell.isFree()) {
        const QString lane = laneText(cell.column);
        return tr("Free, %1, %2", "free slot: lane and day, times").arg(lane, times);
    }
    const auto it = m_index.constFind(cell.bookingId);
    if (it == m_index.constEnd())
        return {};
    const Booking &b = m_bookings.at(*it);
    const QString who = m_accessibleText ? m_accessibleText(b) : m_label(b);
    return tr("%1, %2, %3", "booking: who and what, status, times")
        .arg(who, QLocale().toLower(BookingsModel::statusText(b.status)), times);
}

void CalendarView::moveSelection(int key)
{
    QList<BlockNavigation::Block> blocks;
    blocks.reserve(m_bookings.size() + m_free.size());
    for (int i = 0; i < m_bookings.size(); ++i)
        blocks.append({ m_bookings.at(i).id, m_placed.at(i).column, m_bookings.at(i).startsAt });
    for (int i = 0; i < m_free.size(); ++i) // free slots: negative keys
        blocks.append({ -1 - i, m_free.at(i).column, m_free.at(i).slot.startsAt });
    // Left and right follow what the user sees: mirrored in right-to-left layouts.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    using Step = BlockNavigation::Step;
    const Step step = key == Qt::Key_Up ? Step::Up
        : key == Qt::Key_Down           ? Step::Down
        : (key == Qt::Key_Right) != rtl ? Step::Next
                                        : Step::Previous;
    const qint64 current = m_focusedFree >= 0 ? -1 - m_focusedFree : m_selected;
    const qint64 next = BlockNavigation::next(blocks, current, step, laneCount());
    if (next > 0)
        setSelectedId(next);
    else if (next < 0)
        setFocusedFree(int(-1 - next));
}

// Screen readers follow the focus event of the cell, not the widget's own.
void CalendarView::announceFocus()
{
    if (!AccessibleEvents::isListening() || !hasFocus())
        return;
    QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(this);
    if (QAccessibleInterface *cell = grid ? grid->focusChild() : nullptr) {
        QAccessibleEvent event(cell, QAccessible::Focus);
        AccessibleEvents::send(&event);
    }
}
