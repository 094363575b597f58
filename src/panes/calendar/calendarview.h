// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availabilityday.h"
#include "booking.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <optional>

// The day and week grid: one lane per resource for each visible day, a scrollable time
// axis, the bookings as blocks coloured by status, the chosen type's daySlots underneath and
// a line at the current time. It only draws and reports what the user did; the pane
// decides what happens. Mirrors itself (axis and lanes) in right-to-left layouts.
class CalendarView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    struct Lane
    {
        std::optional<qint64> resourceId; // unset: bookings of no listed resource
        QString name;
    };

    explicit CalendarView(QWidget *parent = nullptr);

    // Width of the hours column; it fits the widest hour label of the current locale.
    int timeAxisWidth() const { return m_axisWidth; }

    void setDays(const QList<QDate> &days);
    void setTimeZone(const QTimeZone &zone);
    void setLanes(const QList<Lane> &lanes);
    void setBookings(const QList<Booking> &bookings);
    void setSlots(const QHash<QDate, AvailabilityDay> &daySlots, std::optional<qint64> resourceId);
    void setNow(const QDateTime &now);
    void setLabelFor(std::function<QString(const Booking &)> label);
    void setSelectedId(qint64 id);
    qint64 selectedId() const { return m_selected; }
    void scrollToMinutes(int minutes);

    // Geometry in viewport coordinates, for tests and for keyboard focus.
    QRect bookingRect(qint64 id) const;
    QPoint pointFor(const QDateTime &instant, std::optional<qint64> resourceId) const;
    int laneCount() const { return int(m_lanes.size() * m_days.size()); }
    QRect laneRect(int column) const;
    // Over the heading: the lane's whole name and its day (a narrow week shows initials).
    QString headerToolTipAt(const QPoint &pos) const;

Q_SIGNALS:
    void selectionChanged(qint64 bookingId); // 0 when nothing is selected
    void activated(qint64 bookingId);
    void cancelRequested(qint64 bookingId);
    void slotClicked(const QDateTime &start, std::optional<qint64> resourceId);
    void emptyActivated(const QDateTime &start, std::optional<qint64> resourceId);
    void moveRequested(qint64 bookingId, const QDateTime &start, std::optional<qint64> resourceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CalendarPainter; // draws what relayout() placed; reads, never changes

public:
    static constexpr int kHeader = 44; // day and lane names above the lanes

private:
    static constexpr int kHourHeight = 48;
    static constexpr int kDayMinutes = 24 * 60;

    struct Hit
    {
        int column = -1;
        QDateTime instant; // snapped to the step
    };

    // Where each booking goes and what it says, worked out when the data or the size
    // changes, so that painting a frame is arithmetic (the week view's 8 ms budget).
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

    int columnFor(const Booking &booking) const;
    void relayout();
    QRect rectFor(int column, double start, double end) const;
    int yFor(double minutes) const;
    Hit hitAt(const QPoint &pos) const;
    qint64 bookingAt(const QPoint &pos) const;
    std::optional<Slot> slotAt(const Hit &hit) const;
    void moveSelection(int key);
    void updateScrollBar();
    void updateAxisWidth();

    int m_axisWidth = 0; // pixels left of (right of, in Arabic) the lanes for the hours
    QList<QDate> m_days;
    QTimeZone m_zone = QTimeZone::utc();
    QList<Lane> m_lanes;
    QList<Booking> m_bookings;
    QList<Placed> m_placed; // parallel to m_bookings
    QHash<qint64, int> m_index;
    QHash<QDate, AvailabilityDay> m_slots;
    std::optional<qint64> m_slotResource;
    QDateTime m_now;
    std::function<QString(const Booking &)> m_label;
    qint64 m_selected = 0;
    qint64 m_pressed = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    Hit m_dropHit;
};
