// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingsfiltermodel.h"

#include "bookingsmodel.h"

BookingsFilterModel::BookingsFilterModel(BookingsModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_bookings(source)
{
    setSourceModel(source);
}

void BookingsFilterModel::setFilters(const CalendarFilters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    invalidateFilter();
}

bool BookingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_bookings->bookings().size())
        return false;
    return m_filters.shows(m_bookings->bookings().at(sourceRow));
}
