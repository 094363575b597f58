// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarfilters.h"

#include <QSortFilterProxyModel>

class BookingsModel;

// The list view's rows: the bookings model under the same filters as the day and week
// views (CalendarFilters::shows), so switching views never shows a different set of
// bookings. Paging (canFetchMore/fetchMore) passes through to the bookings model.
class BookingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BookingsFilterModel(BookingsModel *source, QObject *parent = nullptr);

    void setFilters(const CalendarFilters &filters);
    const CalendarFilters &filters() const { return m_filters; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    BookingsModel *m_bookings;
    CalendarFilters m_filters;
};
