// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingsmodel.h"

#include "calendarrules.h"

#include "bookingsapi.h"

#include <QLocale>

#include <utility>

BookingsModel::BookingsModel(BookingsApi &api, BookingsApi *refreshApi, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_refreshApi(refreshApi ? refreshApi : &api)
{
    m_pager.onSavedAtChanged([this] { Q_EMIT savedAtChanged(m_pager.savedAt()); });
}

void BookingsModel::setQuery(const BookingQuery &query)
{
    m_query = query;
    reload();
}

void BookingsModel::reload()
{
    m_feeder.cancel();
    m_feeding.clear();
    beginResetModel();
    m_rows.clear();
    m_pager.clear();
    m_incoming.clear();
    m_incomingSavedAt = {};
    endResetModel();
    load(m_pager.start(1), false);
}

void BookingsModel::refresh()
{
    load(m_pager.start(1), true);
}

void BookingsModel::load(const Pager::Request &request, bool background)
{
    if (background && request.page == 1) {
        m_incoming.clear();
        m_incomingSavedAt = {};
    }
    BookingQuery q = m_query;
    q.page.page = request.page;
    if (q.page.perPage == 0)
        q.page.perPage = m_pager.pageSize();
    BookingsApi &api = background ? *m_refreshApi : m_api;
    api.list(q, this, [this, request, background](const ApiResult<Page<Booking>> &result) {
        if (!m_pager.isCurrent(request))
            return; // an answer to a query (a week) that has since changed
        if (!result) {
            m_pager.fail(request);
            m_incoming.clear();
            m_incomingSavedAt = {};
            Q_EMIT loadFailed(result.error());
            return;
        }
        const PageMeta meta = result.value().meta;
        if (background) {
            // A refresh keeps the rows on screen until every page has come, then swaps
            // them at once: a busy week never shrinks to its first page for a moment.
            // The pager learns of the pages (and their age) only with the swap.
            m_incoming.append(result.value().items);
            const QDateTime savedAt = result.savedAt();
            if (savedAt.isValid() && (!m_incomingSavedAt.isValid() || savedAt < m_incomingSavedAt))
                m_incomingSavedAt = savedAt;
            if (m_pager.loadsAll() && request.page < meta.lastPage)
                return load(m_pager.start(request.page + 1), true);
            m_pager.done(request);
            m_pager.replacePages(request.page, meta.lastPage, std::exchange(m_incomingSavedAt, {}));
            replaceRows(std::exchange(m_incoming, {}));
            Q_EMIT loaded();
            return;
        }
        // A huge page goes in a chunk per turn; the request stays on its way until its
        // last row is in, so neither fetchMore() nor the next page can append in between.
        m_pager.accept(request, meta, result.savedAt());
        const bool more = m_pager.wantsNextPage();
        append(result.value().items, [this, request, more] {
            if (!m_pager.done(request))
                return; // a refresh was asked meanwhile: its answer decides
            if (more)
                return load(m_pager.startNext(), false);
            Q_EMIT loaded();
        });
    });
}

void BookingsModel::replaceRows(const QList<Booking> &items)
{
    m_feeder.cancel(); // the rows still to come are older than these
    m_feeding.clear();
    beginResetModel();
    m_rows = items;
    endResetModel();
}

void BookingsModel::append(const QList<Booking> &items, ChunkedRowFeeder::Done done)
{
    m_feeding = items; // shared with the answer, not copied
    m_feeder.start(int(m_feeding.size()),
        [this](int from, int count) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + count - 1);
            m_rows.append(m_feeding.mid(from, count));
            endInsertRows();
        },
        [this, done = std::move(done)] {
            m_feeding.clear();
            done();
        });
}

void BookingsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, EndColumn));
}

void BookingsModel::setTypes(const QList<BookingType> &types)
{
    m_types.clear();
    for (const BookingType &t : types)
        m_types.insert(t.id, t);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn));
}

void BookingsModel::setResources(const QList<Resource> &resources)
{
    m_resources.clear();
    for (const Resource &r : resources)
        m_resources.insert(r.id, r);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ResourceColumn), index(rowCount() - 1, ResourceColumn));
}

QString BookingsModel::statusText(const QString &status)
{
    if (status == u"pending")
        return tr("Pending");
    if (status == u"confirmed")
        return tr("Confirmed");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"cancelled")
        return tr("Cancelled");
    return status;
}

QString BookingsModel::typeName(qint64 id) const
{
    const auto it = m_types.constFind(id);
    return it != m_types.constEnd() ? it->name : tr("Type #%1").arg(id);
}

QString BookingsModel::resourceName(std::optional<qint64> id) const
{
    if (!id)
        return tr("Any");
    const auto it = m_resources.constFind(*id);
    return it != m_resources.constEnd() ? it->name : tr("Resource #%1").arg(*id);
}

const BookingType *BookingsModel::type(qint64 id) const
{
    const auto it = m_types.constFind(id);
    return it != m_types.constEnd() ? &*it : nullptr;
}

std::optional<Booking> BookingsModel::booking(qint64 id) const
{
    for (const Booking &b : m_rows) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

void BookingsModel::upsert(const Booking &booking)
{
    // The booking may be in the part of a page still to come: every row in first.
    m_feeder.finishNow();
    for (int row = 0; row < m_rows.size(); ++row) {
        Booking &b = m_rows[row];
        if (b.id != booking.id)
            continue;
        const Booking old = b;
        b = booking;
        if (!b.resourceId)
            b.resourceId = old.resourceId;
        if (b.title.isEmpty())
            b.title = old.title;
        if (!b.createdAt.isValid())
            b.createdAt = old.createdAt;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(booking);
    endInsertRows();
}

int BookingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &b = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return b.id;
    case StatusRole:
        return b.status;
    case StartRole:
        return b.startsAt;
    case ResourceIdRole:
        return b.resourceId ? QVariant(*b.resourceId) : QVariant();
    case ContactIdRole:
        return b.contactId;
    case TypeIdRole:
        return b.bookingTypeId;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartColumn:
            return CalendarRules::isolated(
                CalendarRules::dateTimeText(b.startsAt.toTimeZone(m_zone)));
        case EndColumn:
            return CalendarRules::timeText(b.endsAt.toTimeZone(m_zone).time());
        // Names may be Latin or Arabic: each keeps its own direction in either layout.
        case TitleColumn:
            return CalendarRules::isolated(b.title);
        case TypeColumn:
            return CalendarRules::isolated(typeName(b.bookingTypeId));
        case ResourceColumn:
            return CalendarRules::isolated(resourceName(b.resourceId));
        case StatusColumn:
            return statusText(b.status);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant BookingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartColumn:
        return tr("Starts");
    case EndColumn:
        return tr("Ends");
    case TitleColumn:
        return tr("Booking");
    case TypeColumn:
        return tr("Type");
    case ResourceColumn:
        return tr("Resource");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

bool BookingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager.canFetchMore();
}

void BookingsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return; // guards re-entry: one page in flight at a time
    load(m_pager.startNext(), false);
}
