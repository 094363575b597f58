// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarlaneaccessible.h"

#include "calendarcellaccessible.h"
#include "calendarviewaccessible.h"

CalendarLaneAccessible::CalendarLaneAccessible(CalendarViewAccessible *grid, int column)
    : m_grid(grid)
    , m_column(column)
{
}

bool CalendarLaneAccessible::isValid() const
{
    return m_grid->isValid() && m_column < m_grid->view()->laneCount();
}

QWindow *CalendarLaneAccessible::window() const
{
    return m_grid->window();
}

QAccessibleInterface *CalendarLaneAccessible::parent() const
{
    return m_grid;
}

int CalendarLaneAccessible::childCount() const
{
    return int(m_grid->view()->cellsIn(m_column).size());
}

QAccessibleInterface *CalendarLaneAccessible::child(int index) const
{
    const QList<CalendarView::Cell> cells = m_grid->view()->cellsIn(m_column);
    return index >= 0 && index < cells.size() ? m_grid->cell(cells.at(index)) : nullptr;
}

int CalendarLaneAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *cell = dynamic_cast<const CalendarCellAccessible *>(child);
    if (!cell)
        return -1;
    const QList<CalendarView::Cell> cells = m_grid->view()->cellsIn(m_column);
    for (int i = 0; i < cells.size(); ++i) {
        if (cell->matches(cells.at(i)))
            return i;
    }
    return -1;
}

QAccessibleInterface *CalendarLaneAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *cell = child(i);
        if (cell && cell->rect().contains(x, y))
            return cell;
    }
    return nullptr;
}

QString CalendarLaneAccessible::text(QAccessible::Text t) const
{
    return t == QAccessible::Name ? m_grid->view()->laneText(m_column) : QString();
}

QRect CalendarLaneAccessible::rect() const
{
    const CalendarView *view = m_grid->view();
    const QRect lane = view->laneRect(m_column);
    return QRect(view->viewport()->mapToGlobal(lane.topLeft()), lane.size());
}

QAccessible::State CalendarLaneAccessible::state() const
{
    QAccessible::State state;
    state.invisible = !m_grid->view()->isVisible();
    return state;
}
