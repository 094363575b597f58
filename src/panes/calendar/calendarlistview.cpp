// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarlistview.h"

#include "bookingsfiltermodel.h"
#include "bookingsmodel.h"
#include "listfilterbar.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

CalendarListView::CalendarListView(BookingsModel *bookings, QWidget *parent)
    : QWidget(parent)
    , m_rows(new BookingsFilterModel(bookings, this))
    , m_filters(new ListFilterBar)
    , m_table(new QTableView)
{
    m_table->setObjectName(QStringLiteral("bookingsTable"));
    setFocusProxy(m_table); // "focus the list" means its table
    m_table->setModel(m_rows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(
        BookingsModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);

    // Until the user has set widths of their own (restoreColumns), the first rows decide
    // them: whole dates, times and names; the title takes what is left.
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, [this] {
        if (std::exchange(m_fitColumns, false))
            m_table->resizeColumnsToContents();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            Q_EMIT currentChanged(index.data(BookingsModel::IdRole).toLongLong());
        });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(BookingsModel::IdRole).toLongLong());
    });
}

void CalendarListView::setFilters(const CalendarFilters &filters)
{
    m_rows->setFilters(filters);
}

QByteArray CalendarListView::saveColumns() const
{
    return m_table->horizontalHeader()->saveState();
}

void CalendarListView::restoreColumns(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_fitColumns = false;
}

BookingQuery CalendarListView::query(const QTimeZone &zone) const
{
    BookingQuery query;
    query.from = QDateTime(m_filters->from(), QTime(0, 0), zone).toUTC();
    query.to = QDateTime(m_filters->to().addDays(1), QTime(0, 0), zone).toUTC();
    query.page.perPage = 50;
    return query;
}
