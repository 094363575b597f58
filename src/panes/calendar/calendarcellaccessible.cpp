// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcellaccessible.h"

#include "calendarviewaccessible.h"

CalendarCellAccessible::CalendarCellAccessible(
    CalendarViewAccessible *grid, const CalendarView::Cell &cell)
    : m_grid(grid)
    , m_cell(cell)
{
}

bool CalendarCellAccessible::matches(const CalendarView::Cell &cell) const
{
    if (cell.isFree() != m_cell.isFree())
        return false;
    // A booking that moved (rescheduled, another lane) is another cell: its name and place
    // are read from the cell, and would otherwise stay those of before the move.
    return cell.bookingId == m_cell.bookingId && cell.column == m_cell.column
        && cell.start == m_cell.start && (cell.isFree() || cell.end == m_cell.end);
}

bool CalendarCellAccessible::isValid() const
{
    if (!m_grid->isValid())
        return false;
    const QList<CalendarView::Cell> cells = m_grid->view()->cellsIn(m_cell.column);
    return std::any_of(cells.cbegin(), cells.cend(),
        [this](const CalendarView::Cell &cell) { return matches(cell); });
}

QWindow *CalendarCellAccessible::window() const
{
    return m_grid->window();
}

QAccessibleInterface *CalendarCellAccessible::parent() const
{
    return m_grid->lane(m_cell.column);
}

QString CalendarCellAccessible::text(QAccessible::Text t) const
{
    return t == QAccessible::Name ? m_grid->view()->cellText(m_cell) : QString();
}

QRect CalendarCellAccessible::rect() const
{
    const CalendarView *view = m_grid->view();
    return onScreen(view->viewport(), view->cellRect(m_cell));
}

QAccessible::State CalendarCellAccessible::state() const
{
    QAccessible::State state;
    const CalendarView *view = m_grid->view();
    state.focusable = true;
    state.selectable = true;
    const auto focused = view->focusedCell();
    state.selected = focused && matches(*focused);
    state.focused = state.selected && view->hasFocus();
    const QRect cell = view->cellRect(m_cell);
    state.offscreen = cell.bottom() < CalendarView::kHeader || cell.top() > view->viewport()->height();
    return state;
}

QStringList CalendarCellAccessible::actionNames() const
{
    return { pressAction(), setFocusAction() };
}

void CalendarCellAccessible::doAction(const QString &actionName)
{
    CalendarView *view = m_grid->view();
    if (actionName == setFocusAction()) {
        view->setFocus(Qt::OtherFocusReason);
        view->focusCell(m_cell);
    } else if (actionName == pressAction()) {
        view->activateCell(m_cell);
    }
}
