// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleInterface>

class CalendarViewAccessible;

// One lane of the grid (a resource on a day) as a list of its free slots and bookings.
class CalendarLaneAccessible final : public QAccessibleInterface
{
public:
    CalendarLaneAccessible(CalendarViewAccessible *grid, int column);

    int column() const { return m_column; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::List; }
    QAccessible::State state() const override;

private:
    CalendarViewAccessible *m_grid; // owns this one (deletes it through its id)
    int m_column;
};
