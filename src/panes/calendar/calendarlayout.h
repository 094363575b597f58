// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availabilityday.h"
#include "booking.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QRect>
#include <QSize>
#include <QTimeZone>

#include <functional>
#include <optional>

class QFontMetrics;

// Where everything of the day and week grid goes: the days and lanes as columns, minutes as
// y (and back), and each booking placed in its column with its text measured. CalendarView
// fills it and answers the mouse and the keyboard from it; CalendarPainter draws from it.
// Worked out when the data or the size changes, so that painting a frame is arithmetic
// (the week view's 8 ms budget). Mirrors itself in right-to-left layouts.
class CalendarLayout
{
public:
    static constexpr int kHeader = 44; // day and lane names above the lanes
    static constexpr int kHourHeight = 48;
    static constexpr int kDayMinutes = 24 * 60;

    struct Lane
    {
        std::optional<qint64> resourceId; // unset: bookings of no listed resource
        QString name;
    };

    // A booking as drawn: its column, its span and its text, elided to the lane.
    struct Placed
    {
        int column = -1;
        double start = 0; // minutes into its day
        double end = 0;
        QString line; // "time label", elided to the lane
        QString label; // the label alone, elided (second line of tall blocks)
        QString time;
        int lineAdvance = 0;
        int labelAdvance = 0;
        int timeAdvance = 0;
        QColor fill;
        QColor border;
        bool cancelled = false;
    };

    // The viewport the grid is drawn in: its size, the vertical scroll position, the width
    // of the hours column and the direction. They change without a relayout (a scroll bar
    // appearing narrows the viewport), so the view sets them before each use.
    void setFrame(const QSize &viewport, int scroll, int axisWidth, bool rightToLeft);
    QSize viewportSize() const { return m_viewport; }
    int axisWidth() const { return m_axisWidth; }
    bool isRightToLeft() const { return m_rtl; }

    void setDays(const QList<QDate> &days) { m_days = days; }
    void setTimeZone(const QTimeZone &zone);
    void setLanes(const QList<Lane> &lanes); // none: one unnamed lane
    void setBookings(const QList<Booking> &bookings) { m_bookings = bookings; }
    void setSlots(const QHash<QDate, AvailabilityDay> &daySlots, std::optional<qint64> resourceId);
    void setNow(const QDateTime &now) { m_now = now; }

    const QList<QDate> &days() const { return m_days; }
    const QTimeZone &timeZone() const { return m_zone; }
    const QList<Lane> &lanes() const { return m_lanes; }
    const QList<Booking> &bookings() const { return m_bookings; }
    const QList<Placed> &placed() const { return m_placed; } // parallel to bookings()
    const QHash<QDate, AvailabilityDay> &daySlots() const { return m_slots; }
    std::optional<qint64> slotResource() const { return m_slotResource; }
    const QDateTime &now() const { return m_now; }
    int indexOf(qint64 bookingId) const; // into bookings(); -1 if not there

    // Places every booking and measures its text with `metrics`.
    void place(const QFontMetrics &metrics, const std::function<QString(const Booking &)> &label);

    // Columns are day-major: column = day * lanes + lane.
    int laneCount() const { return int(m_lanes.size() * m_days.size()); }
    QDate dayOf(int column) const { return m_days.at(column / int(m_lanes.size())); }
    const Lane &laneOf(int column) const { return m_lanes.at(column % int(m_lanes.size())); }
    int columnFor(const Booking &booking) const; // -1: not on a shown day or lane
    QRect laneRect(int column) const;
    int yFor(double minutes) const; // minutes into the day → viewport y
    double minutesAt(int y) const; // viewport y → minutes into the day
    QRect rectFor(int column, double start, double end) const;
    QRect bookingRect(qint64 id) const;

private:
    QSize m_viewport;
    int m_scroll = 0;
    int m_axisWidth = 0; // pixels left of (right of, in Arabic) the lanes for the hours
    bool m_rtl = false;
    QList<QDate> m_days;
    QTimeZone m_zone = QTimeZone::utc();
    QList<Lane> m_lanes;
    QList<Booking> m_bookings;
    QList<Placed> m_placed;
    QHash<qint64, int> m_index;
    QHash<QDate, AvailabilityDay> m_slots;
    std::optional<qint64> m_slotResource;
    QDateTime m_now;
};
