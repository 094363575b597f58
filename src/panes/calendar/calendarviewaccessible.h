// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarview.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

// The day and week grid as assistive technology sees it: one list per lane ("Dr. Ahmed
// Al-Rashid, Tuesday 10 March") holding its free slots and booking blocks as items, each
// named in words ("Free, …, 09:00–09:30"; "Sarah Johnson, 30-Minute Consultation,
// confirmed, 14:00–15:00") and pressable (book the slot, open the booking). Without it
// the grid is one unnamed picture. Children are made on demand and kept while what they
// stand for is on screen (checked when CalendarView::cellGeneration() moves on).

class CalendarViewAccessible final : public QAccessibleWidget
{
public:
    explicit CalendarViewAccessible(CalendarView *view);
    ~CalendarViewAccessible() override;

    // Registers the factory once; CalendarView's constructor calls it.
    static void install();

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    CalendarView *view() const;
    QAccessibleInterface *lane(int column) const;
    QAccessibleInterface *cell(const CalendarView::Cell &cell) const;

private:
    void dropStaleChildren() const;

    mutable int m_generation = -1;
    mutable QHash<int, QAccessible::Id> m_lanes;
    mutable QHash<QString, QAccessible::Id> m_cells;
};
