// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingquery.h"

#include <QTimeZone>
#include <QWidget>

class BookingsFilterModel;
struct CalendarFilters;
class BookingsModel;
class ListFilterBar;
class QTableView;

// The calendar's list view: its own date range (and contact, when one is chosen) above a
// table of the bookings, paged on scroll, under the same type, resource and "show
// cancelled" filters as the day and week views.
class CalendarListView final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarListView(BookingsModel *bookings, QWidget *parent = nullptr);

    void setFilters(const CalendarFilters &filters);
    // The chosen days (whole days in zone), a page of 50 at a time.
    BookingQuery query(const QTimeZone &zone) const;
    ListFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    BookingsFilterModel *rows() const { return m_rows; }
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);

Q_SIGNALS:
    void currentChanged(qint64 bookingId);
    void activated(qint64 bookingId);

private:
    BookingsFilterModel *m_rows;
    ListFilterBar *m_filters;
    QTableView *m_table;
    bool m_fitColumns = true;
};
