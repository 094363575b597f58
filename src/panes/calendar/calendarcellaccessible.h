// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarview.h"

#include "accessiblelistitem.h"

class CalendarViewAccessible;

// A free slot or a booking block of the grid: named in words, focusable, and pressable
// (Press books the free slot with its lane's resource, or opens the booking).
class CalendarCellAccessible final : public AccessibleListItem
{
public:
    CalendarCellAccessible(CalendarViewAccessible *grid, const CalendarView::Cell &cell);

    bool matches(const CalendarView::Cell &cell) const;

    bool isValid() const override;
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

private:
    CalendarViewAccessible *m_grid; // owns this one (deletes it through its id)
    CalendarView::Cell m_cell;
};
