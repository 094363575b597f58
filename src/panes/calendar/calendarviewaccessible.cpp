// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarviewaccessible.h"

#include "calendarcellaccessible.h"
#include "calendarlaneaccessible.h"

namespace {
QAccessibleInterface *calendarFactory(const QString &className, QObject *object)
{
    if (className == u"CalendarView" && object && object->isWidgetType())
        return new CalendarViewAccessible(static_cast<CalendarView *>(object));
    return nullptr;
}

QString cellKey(const CalendarView::Cell &cell)
{
    // A moved booking gets a new child (see CalendarCellAccessible::matches()).
    return cell.isFree() ? QStringLiteral("f%1@%2").arg(cell.column).arg(cell.start.toSecsSinceEpoch())
                         : QStringLiteral("b%1:%2@%3-%4")
                               .arg(cell.bookingId)
                               .arg(cell.column)
                               .arg(cell.start.toSecsSinceEpoch())
                               .arg(cell.end.toSecsSinceEpoch());
}
} // namespace

CalendarViewAccessible::CalendarViewAccessible(CalendarView *view)
    : QAccessibleWidget(view, QAccessible::Grouping)
{
}

CalendarViewAccessible::~CalendarViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
    for (const QAccessible::Id id : std::as_const(m_lanes))
        QAccessible::deleteAccessibleInterface(id);
}

void CalendarViewAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(calendarFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

CalendarView *CalendarViewAccessible::view() const
{
    return static_cast<CalendarView *>(widget());
}

QString CalendarViewAccessible::text(QAccessible::Text t) const
{
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty())
        return CalendarView::tr("Calendar");
    if (t == QAccessible::Description && text.isEmpty()) {
        return view()->showsAvailability()
            ? CalendarView::tr("Arrow keys move between free slots and bookings; Enter books "
                               "the free slot or opens the booking.")
            : CalendarView::tr("Arrow keys move between bookings; Enter opens one. Choose a "
                               "booking type to see its free slots.");
    }
    return text;
}

// Children live as long as what they stand for: a lane while the column exists, a cell
// while its booking or free slot is on screen. The screen reader's current object must
// survive a refresh that changed nothing about it.
void CalendarViewAccessible::dropStaleChildren() const
{
    if (m_generation == view()->cellGeneration())
        return;
    m_generation = view()->cellGeneration();
    for (auto it = m_cells.begin(); it != m_cells.end();) {
        if (QAccessible::accessibleInterface(*it)->isValid()) {
            ++it;
            continue;
        }
        QAccessible::deleteAccessibleInterface(*it);
        it = m_cells.erase(it);
    }
    for (auto it = m_lanes.begin(); it != m_lanes.end();) {
        if (it.key() < view()->laneCount()) {
            ++it;
            continue;
        }
        QAccessible::deleteAccessibleInterface(*it);
        it = m_lanes.erase(it);
    }
}

int CalendarViewAccessible::childCount() const
{
    return view()->laneCount();
}

QAccessibleInterface *CalendarViewAccessible::child(int index) const
{
    return lane(index);
}

QAccessibleInterface *CalendarViewAccessible::lane(int column) const
{
    if (column < 0 || column >= view()->laneCount())
        return nullptr;
    dropStaleChildren();
    if (const auto it = m_lanes.constFind(column); it != m_lanes.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto *lane = new CalendarLaneAccessible(const_cast<CalendarViewAccessible *>(this), column);
    m_lanes.insert(column, QAccessible::registerAccessibleInterface(lane));
    return lane;
}

QAccessibleInterface *CalendarViewAccessible::cell(const CalendarView::Cell &cell) const
{
    dropStaleChildren();
    const QString key = cellKey(cell);
    if (const auto it = m_cells.constFind(key); it != m_cells.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto *made = new CalendarCellAccessible(const_cast<CalendarViewAccessible *>(this), cell);
    m_cells.insert(key, QAccessible::registerAccessibleInterface(made));
    return made;
}

int CalendarViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *lane = dynamic_cast<const CalendarLaneAccessible *>(child))
        return lane->column();
    return -1;
}

QAccessibleInterface *CalendarViewAccessible::childAt(int x, int y) const
{
    for (int column = 0; column < childCount(); ++column) {
        QAccessibleInterface *laneInterface = lane(column);
        if (laneInterface->rect().contains(x, y))
            return laneInterface;
    }
    return nullptr;
}

QAccessibleInterface *CalendarViewAccessible::focusChild() const
{
    const auto focused = view()->focusedCell();
    return focused && focused->column >= 0 ? cell(*focused) : nullptr;
}
