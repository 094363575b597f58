// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFontMetrics>
#include <QRect>
#include <QString>

class CalendarLayout;
class QPainter;
class QWidget;

// One frame of the day and week grid: hour lines and the current time, the chosen type's
// free and taken slots, the booking blocks (one drawRects() per status, text placed in
// advance by CalendarLayout::place), the dragged block's ghost, and the day and lane
// headings. Positions come from the layout, colours and the font from the widget; nothing
// is worked out per frame that the layout could have done once (the week view's 8 ms budget).
class CalendarPainter
{
public:
    CalendarPainter(const QWidget &widget, const CalendarLayout &layout, QPainter &painter);
    // The selected booking, or the rectangle of the free slot the arrow keys reached.
    void setSelection(qint64 bookingId, const QRect &focusedFree);
    // The block being dragged, drawn faintly where it would land.
    void setGhost(int bookingIndex, int column, const QDateTime &start);
    void paint();

    // The longest form of a day's heading that fits `width` ("Mon 16 Nov", "Mon 16",
    // "16"): a narrow week (small window, many resources) must not run days into each other.
    static QString dayHeading(const QDate &day, const QFontMetrics &metrics, int width);
    // A lane's name, or its initials ("Dr. Ahmed Al-Rashid" → "AA") when the name does not
    // fit: "D…" in every lane of a busy week told the receptionist nothing.
    static QString laneHeading(const QString &name, const QFontMetrics &metrics, int width);

private:
    void grid();
    void availability();
    void bookings();
    void header();

    const QWidget &m_widget;
    const CalendarLayout &m_layout;
    QPainter &m_painter;
    qint64 m_selected = 0;
    QRect m_focusedFree;
    int m_ghost = -1; // index into the layout's bookings; -1: nothing dragged
    int m_ghostColumn = -1;
    QDateTime m_ghostStart;
};
