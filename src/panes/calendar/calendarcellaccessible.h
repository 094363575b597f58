// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarview.h"

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>

class CalendarViewAccessible;

// A free slot or a booking block of the grid: named in words, focusable, and pressable
// (Press books the free slot with its lane's resource, or opens the booking).
class CalendarCellAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    CalendarCellAccessible(CalendarViewAccessible *grid, const CalendarView::Cell &cell);

    bool matches(const CalendarView::Cell &cell) const;

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    CalendarViewAccessible *m_grid; // owns this one (deletes it through its id)
    CalendarView::Cell m_cell;
};
