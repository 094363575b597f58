// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "bookingquery.h"
#include "bookingtype.h"
#include "chunkedrowfeeder.h"
#include "pager.h"
#include "resource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

class ApiError;
class BookingsApi;

// The bookings of one query (a time range, a status, a contact), page by page. The
// calendar asks for every page of its range (a week of 2,000 bookings is 20 requests of
// 100); the list view pages on scroll. An answer to an older query is dropped. Names of
// types and resources come from setTypes()/setResources(); one that no longer exists is
// shown by number, never hidden.
class BookingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartColumn,
        EndColumn,
        TitleColumn,
        TypeColumn,
        ResourceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        StatusRole,
        StartRole,
        ResourceIdRole,
        ContactIdRole,
        TypeIdRole
    };

    // refreshApi (may be the same object) carries the background refreshes.
    explicit BookingsModel(
        BookingsApi &api, BookingsApi *refreshApi = nullptr, QObject *parent = nullptr);

    static constexpr int kMaxPerPage = 100; // the API's per_page maximum

    // Resets and loads the first page; with setLoadAllPages(true), every following page
    // too (as meta.last_page says), the rows appearing page by page.
    void setQuery(const BookingQuery &query);
    BookingQuery query() const { return m_query; }
    void reload();
    // A background reload that keeps the rows until the answer (every page of it) arrives.
    void refresh();
    void setLoadAllPages(bool all) { m_pager.setLoadAll(all); }
    bool isLoading() const { return m_pager.isLoading(); }
    // When the cache saved the oldest page shown; invalid when every row is the server's.
    QDateTime savedAt() const { return m_pager.savedAt(); }

    void setTimeZone(const QTimeZone &zone);
    void setTypes(const QList<BookingType> &types);
    void setResources(const QList<Resource> &resources);
    static QString statusText(const QString &status);
    QString typeName(qint64 id) const;
    QString resourceName(std::optional<qint64> id) const;
    const BookingType *type(qint64 id) const;

    const QList<Booking> &bookings() const { return m_rows; }
    std::optional<Booking> booking(qint64 id) const;
    // A booking the server just answered with: replaces the row (keeping fields a partial
    // answer lacks) or adds it, so the view changes without a reload.
    void upsert(const Booking &booking);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void savedAtChanged(const QDateTime &savedAt);

private:
    void load(const Pager::Request &request, bool background);
    void replaceRows(const QList<Booking> &items);
    // Appends a page a chunk per event-loop turn (ChunkedRowFeeder); done after the last.
    void append(const QList<Booking> &items, ChunkedRowFeeder::Done done);

    BookingsApi &m_api;
    BookingsApi *m_refreshApi;
    BookingQuery m_query;
    QList<Booking> m_rows;
    QList<Booking> m_incoming; // a background refresh's pages until the last one arrives
    QDateTime m_incomingSavedAt; // the oldest of them from the offline cache, if any
    QList<Booking> m_feeding; // a page whose rows are still going in
    ChunkedRowFeeder m_feeder;
    QHash<qint64, BookingType> m_types;
    QHash<qint64, Resource> m_resources;
    QTimeZone m_zone = QTimeZone::utc();
    Pager m_pager{kMaxPerPage};
};
