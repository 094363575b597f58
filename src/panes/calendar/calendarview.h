// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availabilityday.h"
#include "booking.h"
#include "calendarlayout.h"

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
    using Lane = CalendarLayout::Lane;
    // What the keyboard and the accessibility tree walk through: a booking's block or a
    // free slot of one lane (CalendarViewAccessible names them).
    struct Cell
    {
        qint64 bookingId = 0; // 0: a free slot
        int column = -1;
        QDateTime start;
        QDateTime end;
        bool isFree() const { return bookingId == 0; }
    };

    explicit CalendarView(QWidget *parent = nullptr);

    // Width of the hours column; it fits the widest hour label of the current locale.
    int timeAxisWidth() const { return m_axisWidth; }
    // Where the days, lanes and bookings are, for the current viewport and scroll position.
    const CalendarLayout &layout() const;

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
    QString blockText(qint64 id) const; // the block's one-line text as drawn ("14:00 label")
    QPoint pointFor(const QDateTime &instant, std::optional<qint64> resourceId) const;
    int laneCount() const { return m_layout.laneCount(); }
    QRect laneRect(int column) const;
    // Over the heading: the lane's whole name and its day (a narrow week shows initials).
    QString headerToolTipAt(const QPoint &pos) const;

    // The grid as cells, for the keyboard and assistive technology (calendarviewcells.cpp).
    // "Sarah Johnson, 30-Minute Consultation" for a booking; status and times are added.
    void setAccessibleTextFor(std::function<QString(const Booking &)> text);
    QList<Cell> cellsIn(int column) const; // in time order
    std::optional<Cell> focusedCell() const; // the selected booking or the focused free slot
    void focusCell(const Cell &cell);
    void activateCell(const Cell &cell); // what Enter does: edit it, or book the free slot
    QRect cellRect(const Cell &cell) const;
    QString laneText(int column) const; // "Dr. Ahmed Al-Rashid, Tuesday 10 March"
    QString cellText(const Cell &cell) const;
    bool showsAvailability() const { return !m_layout.daySlots().isEmpty(); }
    // Bumped whenever cells may have come or gone: cached accessible children are stale.
    int cellGeneration() const { return m_generation; }

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

public:
    static constexpr int kHeader = CalendarLayout::kHeader;

private:
    static constexpr int kHourHeight = CalendarLayout::kHourHeight;
    static constexpr int kDayMinutes = CalendarLayout::kDayMinutes;

    struct Hit
    {
        int column = -1;
        QDateTime instant; // snapped to the step
    };

    void relayout();
    Hit hitAt(const QPoint &pos) const;
    qint64 bookingAt(const QPoint &pos) const;
    std::optional<Slot> slotAt(const Hit &hit) const;
    void moveSelection(int key);
    void relayoutFree();
    void setFocusedFree(int index);
    void announceFocus();
    void updateScrollBar();
    void updateAxisWidth();

    int m_axisWidth = 0; // pixels left of (right of, in Arabic) the lanes for the hours
    // Mutable: layout() brings its frame (viewport size, scroll) up to date on each read.
    mutable CalendarLayout m_layout;
    std::function<QString(const Booking &)> m_label;
    qint64 m_selected = 0;
    qint64 m_pressed = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    Hit m_dropHit;
    struct FreeCell
    {
        int column = -1;
        Slot slot;
    };
    QList<FreeCell> m_free; // every lane's free slots (FreeSlots), by column then time
    int m_focusedFree = -1; // index into m_free; never set together with m_selected
    int m_generation = 0;
    std::function<QString(const Booking &)> m_accessibleText;
};
