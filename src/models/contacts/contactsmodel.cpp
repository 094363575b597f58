// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodel.h"

#include "channelsmodel.h"
#include "contactsapi.h"
#include "plaintext.h"
#include "statuscolours.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

ContactsModel::ContactsModel(ContactsApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    // One font for every blacklisted cell: a fresh QFont per paint would resolve its
    // font engine again each time.
    m_blacklistFont.setBold(true);
    m_pager.onSavedAtChanged([this] { Q_EMIT savedAtChanged(m_pager.savedAt()); });
}

QString ContactsModel::interned(const QString &value)
{
    if (value.isEmpty())
        return {};
    auto it = m_interned.constFind(value);
    if (it == m_interned.cend())
        it = m_interned.insert(value);
    return *it;
}

ContactsModel::Row ContactsModel::rowFrom(const Contact &c)
{
    Row r;
    r.id = c.id;
    r.name = c.name;
    r.phone = c.phone;
    r.email = c.email;
    r.channel = interned(c.channel);
    r.tags = interned(c.tags.join(QStringLiteral(", ")));
    r.lastMessageMs = c.lastMessageAt.isValid() ? c.lastMessageAt.toMSecsSinceEpoch() : 0;
    r.createdMs = c.createdAt.isValid() ? c.createdAt.toMSecsSinceEpoch() : 0;
    r.blacklisted = c.isBlacklisted;
    return r;
}

void ContactsModel::setQuery(const ContactQuery &query)
{
    m_feeder.cancel();
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rows.squeeze();
    m_interned.clear();
    m_pager.clear();
    endResetModel();
    requestPage(m_pager.start(1));
}

void ContactsModel::requestPage(const Pager::Request &request)
{
    ContactQuery q = m_query;
    q.page = m_pager.pageRequest(request);
    m_api.list(q, this, [this, request](const ApiResult<Page<Contact>> &result) {
        if (!m_pager.isCurrent(request))
            return;
        if (!result) {
            m_pager.fail(request);
            Q_EMIT failed(result.error());
            return;
        }
        const Page<Contact> p = result.value();
        // Room for every row of this query at once: growing a list of 100,000 rows while
        // scrolling would copy it all, on the UI thread, each time it doubles.
        if (request.page == 1)
            m_rows.reserve(qBound(0, p.meta.total, maxReservedRows));
        // A server may send far more than the page size asked for: the rows go in a chunk
        // per event-loop turn, and the page counts as pending until the last one is in.
        m_feeder.start(int(p.items.size()),
            [this, p](int from, int count) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + count - 1);
                for (int i = from; i < from + count; ++i)
                    m_rows.append(rowFrom(p.items.at(i)));
                endInsertRows();
            },
            [this, p, request, savedAt = result.savedAt()] { pageArrived(p, request, savedAt); });
    });
}

void ContactsModel::pageArrived(const Page<Contact> &p, const Pager::Request &request, const QDateTime &savedAt)
{
    m_pager.accept(request, p.meta, savedAt);
    m_pager.done(request);
    if (m_total != p.meta.total) {
        m_total = p.meta.total;
        Q_EMIT totalChanged(m_total);
    }
    Q_EMIT pageLoaded(request.page);
}

bool ContactsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager.canFetchMore();
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_pager.startNext());
}

namespace {
// The server's sort keys by column; the "-" prefix is descending.
QLatin1String sortField(int column)
{
    switch (column) {
    case ContactsModel::NameColumn:
        return QLatin1String("name");
    case ContactsModel::LastMessageColumn:
        return QLatin1String("last_message_at");
    case ContactsModel::CreatedColumn:
        return QLatin1String("created_at");
    }
    return QLatin1String();
}

QString dateText(qint64 ms)
{
    return ms == 0 ? QString()
                   : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

bool ContactsModel::isSortable(int column)
{
    return !sortField(column).isEmpty();
}

QString ContactsModel::sortKey(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return {};
    return (order == Qt::DescendingOrder ? QStringLiteral("-") : QString()) + sortField(column);
}

bool ContactsModel::sortColumnOf(const QString &key, int *column, Qt::SortOrder *order)
{
    const bool descending = key.startsWith(QLatin1Char('-'));
    const QStringView field = QStringView(key).mid(descending ? 1 : 0);
    for (int c = 0; c < ColumnCount; ++c) {
        if (isSortable(c) && field == sortField(c)) {
            *column = c;
            *order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
            return true;
        }
    }
    return false;
}

void ContactsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    ContactQuery q = m_query;
    q.sort = sortKey(column, order);
    setQuery(q);
}

int ContactsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

qint64 ContactsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QString ContactsModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

void ContactsModel::updateContact(const Contact &contact)
{
    const int row = rowOf(contact.id);
    if (row < 0)
        return;
    m_rows[row] = rowFrom(contact);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactsModel::removeContact(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_total = qMax(0, m_total - 1);
    Q_EMIT totalChanged(m_total);
}

void ContactsModel::setBlacklisted(qint64 id, bool blacklisted)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].blacklisted = blacklisted;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        // Tooltips guess rich text: a name like <img src=...> must stay a name.
        return PlainText::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name.isEmpty() ? tr("(no name)") : r.name;
        case PhoneColumn:
            // Numbers read left to right in an Arabic UI too.
            return r.phone.isEmpty() ? QString() : QChar(0x200E) + r.phone;
        case EmailColumn:
            return r.email;
        case ChannelColumn:
            return r.channel.isEmpty() ? QString() : ChannelsModel::channelName(r.channel);
        case TagsColumn:
            return r.tags;
        case BlacklistedColumn:
            return r.blacklisted ? tr("⛔ Blacklisted") : QString();
        case LastMessageColumn:
            return dateText(r.lastMessageMs);
        case CreatedColumn:
            return dateText(r.createdMs);
        }
        return {};
    case Qt::ForegroundRole:
        if (r.blacklisted)
            return QBrush(StatusColours::error());
        return {};
    case Qt::FontRole:
        if (r.blacklisted && index.column() == BlacklistedColumn)
            return m_blacklistFont;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == BlacklistedColumn)
            return r.blacklisted ? tr("Blacklisted") : tr("Not blacklisted");
        return {};
    case IdRole:
        return r.id;
    case IsBlacklistedRole:
        return r.blacklisted;
    case PhoneRole:
        return r.phone;
    case ChannelCodeRole:
        return r.channel;
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && isSortable(section))
        return int(section == NameColumn ? Qt::AscendingOrder : Qt::DescendingOrder); // newest first
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case ChannelColumn:
        return tr("Channel");
    case TagsColumn:
        return tr("Tags");
    case BlacklistedColumn:
        return tr("Blacklist");
    case LastMessageColumn:
        return tr("Last message");
    case CreatedColumn:
        return tr("Added");
    }
    return {};
}
