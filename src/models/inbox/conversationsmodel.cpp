// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationsmodel.h"

#include "channelicon.h"
#include "channelsmodel.h"
#include "conversationsapi.h"
#include "messagekind.h"
#include "plaintext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <vector>

namespace {

// Most recent activity first, ties by id, else the server's order: the rows' indexes in
// that order. The key is read once per row; a comparator on QDateTime pairs would convert
// 1.7 million of them for 100,000 rows. Rows are not copied here: copying 100,000
// conversations takes about 250 ms, so a fresh page is copied a chunk at a time (feed()).
std::vector<int> newestFirst(const QList<Conversation> &items)
{
    struct Key
    {
        qint64 msecs;
        qint64 id;
        int row;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const Conversation &c = items.at(row);
        keys.push_back({ c.updatedAt.isValid() ? c.updatedAt.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::min(),
                         c.id, row });
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.msecs != b.msecs)
            return a.msecs > b.msecs;
        if (a.id != b.id)
            return a.id > b.id;
        return a.row < b.row;
    });
    std::vector<int> order;
    order.reserve(keys.size());
    for (const Key &k : keys)
        order.push_back(k.row);
    return order;
}

// The model's own rows in that order: moved, not copied.
void sortNewestFirst(QList<Conversation> &items)
{
    const std::vector<int> order = newestFirst(items);
    QList<Conversation> sorted;
    sorted.reserve(items.size());
    for (int row : order)
        sorted.append(std::move(items[row]));
    items = std::move(sorted);
}

QString previewText(const Conversation &c)
{
    if (!c.lastMessage)
        return {};
    const Message &m = *c.lastMessage;
    const QString text = MessageKind::preview(m.type, m.content);
    // Isolated, like MessageKind's kind prefix: mixed-direction previews keep their order.
    return m.isInbound() ? text
                         : ConversationsModel::tr("You: %1").arg(QChar(0x2068) + text + QChar(0x2069));
}

} // namespace

ConversationsModel::ConversationsModel(ConversationsApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    m_pager.onSavedAtChanged([this] { Q_EMIT savedAtChanged(m_pager.savedAt()); });
}

void ConversationsModel::setQuery(const QString &channel, bool unreadOnly, const QString &search)
{
    m_query.channel = channel;
    m_query.unreadOnly = unreadOnly;
    m_query.search = search;
    m_feeder.cancel();
    beginResetModel();
    m_items.clear();
    m_pager.clear();
    endResetModel();
    load(m_pager.start(1), false);
}

void ConversationsModel::refresh()
{
    // A refresh re-reads pages already shown: how far the list has paged stays.
    const bool merging = m_pager.loadedPages() > 0;
    load(m_pager.start(1, merging), merging, merging);
}

bool ConversationsModel::isUnchanged(const Conversation &fresh) const
{
    const Conversation *known = conversationForContact(fresh.contact.id);
    return known && known->id == fresh.id && known->updatedAt == fresh.updatedAt
        && known->unreadCount == fresh.unreadCount;
}

void ConversationsModel::load(const Pager::Request &request, bool mergeIn, bool refreshing)
{
    ConversationQuery q = m_query;
    q.page = m_pager.pageRequest(request);
    m_api.listConversations(q, this, [this, request, mergeIn, refreshing](const ApiResult<Page<Conversation>> &result) {
        if (!m_pager.isCurrent(request))
            return; // an older filter or refresh: the newer one decides
        if (!result) {
            m_pager.fail(request);
            Q_EMIT failed(result.error());
            return;
        }
        if (refreshing && result.fromCache()) {
            // A refresh the offline cache answered: what it saved is at best what is shown,
            // and older than the local bookkeeping (a conversation read since would come
            // back unread and notify again). The rows stay; the window says it is offline.
            m_pager.done(request);
            Q_EMIT loaded();
            return;
        }
        const Page<Conversation> &p = result.value();
        const int page = request.page;
        if (page == 1 && !mergeIn) {
            m_pager.accept(request, p.meta, result.savedAt());
            feed(p.items, request);
            return;
        }
        m_feeder.finishNow(); // a merge works on the whole list
        // Read before the merge: a page with no unchanged conversation may have pushed
        // changed ones onto the next loaded page, which is then read too.
        const bool allChanged = !p.items.isEmpty()
            && std::none_of(p.items.begin(), p.items.end(), [this](const Conversation &c) { return isUnchanged(c); });
        if (page == 1)
            dropNoLongerMatching();
        merge(p.items);
        m_pager.accept(request, p.meta, result.savedAt()); // a refresh keeps the position
        if (refreshing && allChanged && page < m_pager.loadedPages() && p.meta.hasMore()) {
            load(m_pager.start(page + 1, true), true, true);
            return;
        }
        m_pager.done(request);
        Q_EMIT loaded();
    });
}

void ConversationsModel::feed(const QList<Conversation> &page, const Pager::Request &request)
{
    // The first chunk replaces the list in one reset (a small page is just that); the rest
    // goes in a chunk per event-loop turn, and loaded() follows the last one. Until then
    // the request stays on its way, so fetchMore() cannot append a page in between.
    if (page.isEmpty()) {
        m_feeder.cancel();
        beginResetModel();
        m_items.clear();
        endResetModel();
        m_pager.done(request);
        Q_EMIT loaded();
        return;
    }
    m_pending = page; // shared with the answer, not copied
    m_pendingOrder = newestFirst(m_pending);
    m_feeder.start(int(m_pending.size()),
        [this](int from, int count) {
            QList<Conversation> chunk;
            chunk.reserve(count);
            for (int i = from; i < from + count; ++i)
                chunk.append(m_pending.at(m_pendingOrder[size_t(i)]));
            if (from == 0) {
                beginResetModel();
                m_items = std::move(chunk);
                m_items.reserve(m_pending.size()); // the chunks to come never move the rows
                endResetModel();
                return;
            }
            beginInsertRows({}, int(m_items.size()), int(m_items.size()) + count - 1);
            m_items.append(std::move(chunk));
            endInsertRows();
        },
        [this, request] {
            m_pending.clear();
            m_pendingOrder.clear();
            m_pager.done(request); // unless a refresh is on its way meanwhile
            Q_EMIT loaded();
        });
}

void ConversationsModel::merge(const QList<Conversation> &fresh)
{
    // Rows move when a conversation gets a new message: a layout change keeps the
    // view's selection and current row on the same conversation.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids.append(i.isValid() ? m_items.at(i.row()).contact.id : 0);

    QList<QPair<qint64, int>> raised;
    bool lowered = false;
    for (const Conversation &c : fresh) {
        auto it = std::find_if(m_items.begin(), m_items.end(),
                               [&c](const Conversation &o) { return o.contact.id == c.contact.id; });
        if (it != m_items.end()) {
            if (c.unreadCount > it->unreadCount)
                raised.append({c.contact.id, c.unreadCount});
            lowered = lowered || c.unreadCount < it->unreadCount;
            *it = c;
        } else {
            m_items.append(c);
            if (c.unreadCount > 0 && m_pager.loadedPages() > 0)
                raised.append({c.contact.id, c.unreadCount});
        }
    }
    sortNewestFirst(m_items);

    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = ids.at(i) ? rowForContact(ids.at(i)) : -1;
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    for (const auto &r : std::as_const(raised))
        Q_EMIT unreadRaised(r.first, r.second);
    if (lowered)
        Q_EMIT unreadCountsChanged();
}

void ConversationsModel::dropNoLongerMatching()
{
    // Only "unread only" can be left behind by reading; channel and search still match.
    // A conversation with new unread messages comes back with the page just read.
    if (!m_query.unreadOnly)
        return;
    bool removed = false;
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const Conversation &c = m_items.at(row);
        if (c.unreadCount > 0 || c.contact.id == m_kept)
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT unreadCountsChanged();
}

void ConversationsModel::setConversations(const QList<Conversation> &conversations, bool hasMore)
{
    m_feeder.cancel();
    m_pending.clear();
    m_pendingOrder.clear();
    beginResetModel();
    m_items = conversations;
    endResetModel();
    m_pager.restore(1, hasMore ? 2 : 1); // drops any answer on its way too
}

int ConversationsModel::rowForContact(qint64 contactId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).contact.id == contactId)
            return i;
    }
    return -1;
}

const Conversation *ConversationsModel::conversationForContact(qint64 contactId) const
{
    const int row = rowForContact(contactId);
    return row < 0 ? nullptr : &m_items.at(row);
}

int ConversationsModel::unreadTotal() const
{
    int total = 0;
    for (const Conversation &c : m_items)
        total += c.unreadCount;
    return total;
}

bool ConversationsModel::markRead(qint64 contactId)
{
    const int row = rowForContact(contactId);
    if (row < 0 || m_items.at(row).unreadCount == 0)
        return false;
    m_items[row].unreadCount = 0;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConversationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConversationsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager.canFetchMore();
}

void ConversationsModel::fetchMore(const QModelIndex &parent)
{
    // Views call this repeatedly while scrolling; one page at a time.
    if (!canFetchMore(parent))
        return;
    load(m_pager.startNext(), true);
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ContactColumn:
            return c.contact.name.isEmpty() ? c.contact.phone : c.contact.name;
        case ChannelColumn:
            return {}; // the colour swatch says it; the name is in the tooltip
        case PreviewColumn:
            return previewText(c);
        case TimeColumn: {
            const QDateTime local = c.updatedAt.toLocalTime();
            if (local.date() == QDate::currentDate())
                return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
            return local.date().year() == QDate::currentDate().year()
                ? QLocale().toString(local.date(), QStringLiteral("d MMM"))
                : QLocale().toString(local.date(), QLocale::ShortFormat);
        }
        case UnreadColumn:
            return c.unreadCount > 0 ? QLocale().toString(c.unreadCount) : QString();
        }
        return {};
    case Qt::DecorationRole:
        // The channel's icon: told apart at a glance without reading the name.
        if (index.column() == ChannelColumn)
            return ChannelIcon::forChannel(c.channel);
        return {};
    case Qt::AccessibleTextRole:
        // The inbox list shows only the first column, painted as a whole row: a screen
        // reader gets the whole row too.
        if (index.column() == ContactColumn) {
            QStringList parts{c.contact.name, ChannelsModel::channelName(c.channel)};
            if (c.unreadCount > 0)
                parts.append(tr("%n unread message(s)", nullptr, c.unreadCount));
            parts.append(previewText(c));
            return parts.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ContactColumn)
            return PlainText::toolTip(QStringLiteral("%1\n%2").arg(ChannelsModel::channelName(c.channel), previewText(c)));
        if (index.column() == ChannelColumn)
            return ChannelsModel::channelName(c.channel);
        if (index.column() == PreviewColumn)
            return PlainText::toolTip(previewText(c));
        if (index.column() == UnreadColumn && c.unreadCount > 0)
            return tr("%n unread message(s)", nullptr, c.unreadCount);
        return {};
    case Qt::FontRole:
        if (c.unreadCount > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case ContactIdRole:
        return c.contact.id;
    case ChannelCodeRole:
        return c.channel;
    case UnreadCountRole:
        return c.unreadCount;
    case PreviewRole:
        return previewText(c);
    case UpdatedAtRole:
        return c.updatedAt;
    }
    return {};
}

QVariant ConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case ChannelColumn:
        return tr("Channel");
    case PreviewColumn:
        return tr("Last message");
    case TimeColumn:
        return tr("Time");
    case UnreadColumn:
        return tr("Unread");
    }
    return {};
}
