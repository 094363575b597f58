// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFontMetrics>
#include <QString>

class CalendarView;
class QPainter;

// One frame of the day and week grid: hour lines and the current time, the chosen type's
// free and taken slots, the booking blocks (one drawRects() per status, text placed in
// advance by CalendarView::relayout), the dragged block's ghost, and the day and lane
// headings. Everything is read from the view; nothing is worked out per frame that
// relayout() could have done once (the week view's 8 ms budget).
class CalendarPainter
{
public:
    CalendarPainter(const CalendarView &view, QPainter &painter);
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

    const CalendarView &m_view;
    QPainter &m_painter;
};
