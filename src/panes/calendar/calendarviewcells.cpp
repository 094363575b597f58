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
    const CalendarLayout &grid = m_layout;
    const int lanes = int(grid.lanes().size());
    const std::optional<qint64> slotResource = grid.slotResource();
    for (int column = 0; lanes > 0 && column < laneCount(); ++column) {
        const Lane &lane = grid.laneOf(column);
        // The "Other" lane holds bookings of no listed resource: nothing can be booked there.
        if ((slotResource && lane.resourceId != slotResource) || (!lane.resourceId && lanes > 1))
            continue;
        const auto day = grid.daySlots().constFind(grid.dayOf(column));
        if (day == grid.daySlots().constEnd())
            continue;
        QList<Booking> laneBookings;
        for (int i = 0; i < grid.bookings().size(); ++i) {
            if (grid.placed().at(i).column == column)
                laneBookings.append(grid.bookings().at(i));
        }
        for (const Slot &slot : FreeSlots::inLane(day->timeSlots, laneBookings, grid.now())) {
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
    const QList<Booking> &bookings = m_layout.bookings();
    for (int i = 0; i < bookings.size(); ++i) {
        if (m_layout.placed().at(i).column == column)
            cells.append({ bookings.at(i).id, column, bookings.at(i).startsAt, bookings.at(i).endsAt });
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
    const int i = m_layout.indexOf(m_selected);
    if (!m_selected || i < 0)
        return std::nullopt;
    const Booking &b = m_layout.bookings().at(i);
    return Cell { b.id, m_layout.placed().at(i).column, b.startsAt, b.endsAt };
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
        Q_EMIT slotClicked(cell.start, m_layout.laneOf(cell.column).resourceId);
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
    const CalendarLayout &grid = layout();
    const QDate day = grid.dayOf(cell.column);
    return grid.rectFor(cell.column, CalendarRules::minutesInto(cell.start, day, grid.timeZone()),
        CalendarRules::minutesInto(cell.end, day, grid.timeZone()));
}

QString CalendarView::laneText(int column) const
{
    if (column < 0 || column >= laneCount())
        return {};
    const QString day = QLocale().toString(m_layout.dayOf(column), QStringLiteral("dddd d MMMM"));
    const QString lane = m_layout.laneOf(column).name;
    return lane.isEmpty() ? day : tr("%1, %2", "lane, day").arg(lane, day);
}

QString CalendarView::cellText(const Cell &cell) const
{
    const QTimeZone &zone = m_layout.timeZone();
    const QString times = tr("%1–%2", "from–to")
                              .arg(CalendarRules::timeText(cell.start.toTimeZone(zone).time()),
                                  CalendarRules::timeText(cell.end.toTimeZone(zone).time()));
    if (cell.isFree()) {
        const QString lane = laneText(cell.column);
        return tr("Free, %1, %2", "free slot: lane and day, times").arg(lane, times);
    }
    const int i = m_layout.indexOf(cell.bookingId);
    if (i < 0)
        return {};
    const Booking &b = m_layout.bookings().at(i);
    const QString who = m_accessibleText ? m_accessibleText(b) : m_label(b);
    return tr("%1, %2, %3", "booking: who and what, status, times")
        .arg(who, QLocale().toLower(BookingsModel::statusText(b.status)), times);
}

void CalendarView::moveSelection(int key)
{
    QList<BlockNavigation::Block> blocks;
    const QList<Booking> &bookings = m_layout.bookings();
    blocks.reserve(bookings.size() + m_free.size());
    for (int i = 0; i < bookings.size(); ++i)
        blocks.append({ bookings.at(i).id, m_layout.placed().at(i).column, bookings.at(i).startsAt });
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
