// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarlayout.h"

#include "calendarrules.h"

#include <QFontMetrics>

#include <cmath>

namespace {
QColor statusColour(const QString &status)
{
    if (status == u"confirmed")
        return QColor(0x3b, 0x82, 0xd6);
    if (status == u"completed")
        return QColor(0x2e, 0x9d, 0x5b);
    if (status == u"cancelled")
        return QColor(0x9a, 0x9a, 0x9a);
    return QColor(0xe0, 0x9a, 0x1f); // pending and anything unknown
}
} // namespace

void CalendarLayout::setFrame(const QSize &viewport, int scroll, int axisWidth, bool rightToLeft)
{
    m_viewport = viewport;
    m_scroll = scroll;
    m_axisWidth = axisWidth;
    m_rtl = rightToLeft;
}

void CalendarLayout::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void CalendarLayout::setLanes(const QList<Lane> &lanes)
{
    m_lanes = lanes.isEmpty() ? QList<Lane> { Lane { std::nullopt, QString() } } : lanes;
}

void CalendarLayout::setSlots(
    const QHash<QDate, AvailabilityDay> &daySlots, std::optional<qint64> resourceId)
{
    m_slots = daySlots;
    m_slotResource = resourceId;
}

int CalendarLayout::indexOf(qint64 bookingId) const
{
    return m_index.value(bookingId, -1);
}

QRect CalendarLayout::laneRect(int column) const
{
    const int count = qMax(1, laneCount());
    const int width = m_viewport.width() - m_axisWidth;
    const int x0 = m_axisWidth + column * width / count;
    const int x1 = m_axisWidth + (column + 1) * width / count;
    QRect r(x0, kHeader, x1 - x0, m_viewport.height() - kHeader);
    if (m_rtl)
        r.moveLeft(m_viewport.width() - r.right() - 1);
    return r;
}

int CalendarLayout::yFor(double minutes) const
{
    return kHeader + int(std::lround(minutes * kHourHeight / 60.0)) - m_scroll;
}

double CalendarLayout::minutesAt(int y) const
{
    return double(y - kHeader + m_scroll) * 60.0 / kHourHeight;
}

int CalendarLayout::columnFor(const Booking &booking) const
{
    const int day = int(m_days.indexOf(CalendarRules::dayIn(booking.startsAt, m_zone)));
    if (day < 0)
        return -1;
    int lane = -1;
    int fallback = -1;
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).resourceId == booking.resourceId)
            lane = i;
        if (!m_lanes.at(i).resourceId)
            fallback = i;
    }
    if (lane < 0)
        lane = fallback;
    return lane < 0 ? -1 : day * int(m_lanes.size()) + lane;
}

void CalendarLayout::place(
    const QFontMetrics &fm, const std::function<QString(const Booking &)> &label)
{
    m_placed.clear();
    m_index.clear();
    m_placed.reserve(m_bookings.size());
    const int width = qMax(0, laneRect(0).width() - 12);
    // Too narrow for even "9:00": an ellipsis tells nothing, the tooltip does.
    const bool textFits = width >= fm.horizontalAdvance(QStringLiteral("00:00"));
    for (int i = 0; i < m_bookings.size(); ++i) {
        const Booking &b = m_bookings.at(i);
        Placed placed;
        placed.column = m_lanes.isEmpty() ? -1 : columnFor(b);
        placed.fill = statusColour(b.status);
        placed.border = placed.fill.darker(130);
        placed.cancelled = b.status == u"cancelled";
        if (placed.column >= 0) {
            const QDate day = dayOf(placed.column);
            placed.start = qBound(
                0.0, CalendarRules::minutesInto(b.startsAt, day, m_zone), double(kDayMinutes));
            placed.end = qBound(
                0.0, CalendarRules::minutesInto(b.endsAt, day, m_zone), double(kDayMinutes));
        }
        if (placed.column >= 0 && textFits) {
            placed.time
                = fm.elidedText(CalendarRules::timeText(b.startsAt.toTimeZone(m_zone).time()),
                    Qt::ElideRight, width);
            // Isolated: "30-Minute Consultation" keeps its digits in front in Arabic.
            const QString text = CalendarRules::isolated(label(b));
            placed.line = fm.elidedText(placed.time + u' ' + text, Qt::ElideRight, width);
            placed.label = fm.elidedText(text, Qt::ElideRight, width);
            placed.lineAdvance = fm.horizontalAdvance(placed.line);
            placed.labelAdvance = fm.horizontalAdvance(placed.label);
            placed.timeAdvance = fm.horizontalAdvance(placed.time);
        }
        m_index.insert(b.id, i);
        m_placed.append(placed);
    }
}

QRect CalendarLayout::rectFor(int column, double start, double end) const
{
    if (column < 0)
        return {};
    const QRect lane = laneRect(column);
    const int top = yFor(start);
    return QRect(lane.left() + 2, top, lane.width() - 4, qMax(14, yFor(end) - top - 1));
}

QRect CalendarLayout::bookingRect(qint64 id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return {};
    const Placed &placed = m_placed.at(i);
    return rectFor(placed.column, placed.start, placed.end);
}
