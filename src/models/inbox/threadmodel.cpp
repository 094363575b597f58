// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmodel.h"

#include "apierrortext.h"
#include "conversationsapi.h"
#include "writeoutcome.h"

#include <QScopeGuard>

#include <algorithm>

namespace {
// A resync stops after this many pages even without reaching a known message: beyond
// that the thread is reloaded from scratch instead of stitched.
constexpr int kMaxResyncPages = 20;

bool isReadable(const Message &m)
{
    return m.id > 0 && (m.direction == QLatin1String("inbound") || m.direction == QLatin1String("outbound"));
}
} // namespace

ThreadModel::ThreadModel(ConversationsApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void ThreadModel::setContact(qint64 contactId)
{
    ++m_generation;
    beginResetModel();
    m_contactId = contactId;
    m_entries.clear();
    m_known.clear();
    m_claimed.clear();
    m_older.clear(); // an older page on its way for the old contact is dropped too
    m_initialised = false;
    m_loading = false; // the old contact's load is dropped by the generation check
    endResetModel();
    setLoadingOlder(false);
    if (contactId > 0)
        refresh();
}

void ThreadModel::setMessages(const QList<Message> &messages, bool hasOlder)
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_known.clear();
    m_claimed.clear();
    for (const Message &m : messages) {
        m_entries.append(Entry{m, SendState::Confirmed, 0, {}});
        m_known.insert(m.id);
    }
    m_older.restore(1, hasOlder ? 2 : 1);
    m_initialised = true;
    m_loading = false;
    endResetModel();
}

void ThreadModel::refresh()
{
    if (m_contactId <= 0 || m_loading)
        return;
    loadNewer(1, m_generation, {});
}

void ThreadModel::loadNewer(int page, int generation, QList<Message> collected)
{
    m_loading = true;
    PageRequest request{page, m_perPage};
    m_api.listMessages(m_contactId, request, this,
        [this, page, generation, collected](const ApiResult<Page<Message>> &result) mutable {
            if (generation != m_generation)
                return;
            if (!result) {
                m_loading = false;
                Q_EMIT failed(result.error());
                return;
            }
            const Page<Message> &p = result.value();
            bool reachedKnown = !m_initialised;
            for (const Message &m : p.items) {
                if (m_known.contains(m.id)) {
                    reachedKnown = true;
                    break;
                }
                collected.append(m);
            }
            if (!reachedKnown && p.meta.hasMore() && page < kMaxResyncPages) {
                loadNewer(page + 1, generation, collected);
                return;
            }
            m_loading = false;
            const bool first = !m_initialised;
            if (first) // page 1: the pager knows whether older pages follow
                m_older.replacePages(1, p.meta.hasMore() ? p.meta.lastPage : 1, {});
            m_initialised = true;
            addNewer(collected);
            if (!first) {
                QList<Message> inbound;
                for (const Message &m : std::as_const(collected)) {
                    if (m.isInbound())
                        inbound.prepend(m);
                }
                if (!inbound.isEmpty())
                    Q_EMIT inboundArrived(inbound);
            }
            Q_EMIT loaded();
        });
}

void ThreadModel::addNewer(const QList<Message> &newestFirst)
{
    if (newestFirst.isEmpty())
        return;
    // Local rows stay at the bottom: they are the newest as far as the user is concerned.
    int insertAt = int(m_entries.size());
    while (insertAt > 0 && m_entries.at(insertAt - 1).state != SendState::Confirmed)
        --insertAt;
    beginInsertRows({}, insertAt, insertAt + int(newestFirst.size()) - 1);
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        m_entries.insert(insertAt++, Entry{*it, SendState::Confirmed, 0, {}});
        m_known.insert(it->id);
    }
    endInsertRows();
}

bool ThreadModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_older.canFetchMore() && !m_loadingOlder;
}

void ThreadModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    loadOlder();
}

void ThreadModel::setLoadingOlder(bool loading)
{
    if (loading == m_loadingOlder)
        return;
    m_loadingOlder = loading;
    Q_EMIT olderLoadingChanged(loading);
}

void ThreadModel::loadOlder()
{
    setLoadingOlder(true);
    // The page after the messages we hold; duplicates (new messages shift pages) are skipped.
    const Pager::Request request = m_older.start(int(m_known.size()) / m_perPage + 1);
    m_api.listMessages(m_contactId, m_older.pageRequest(request), this,
        [this, request](const ApiResult<Page<Message>> &result) {
            if (!m_older.isCurrent(request))
                return;
            if (!result) {
                m_older.fail(request);
                setLoadingOlder(false);
                Q_EMIT failed(result.error());
                return;
            }
            QList<Message> older;
            for (const Message &m : result.value().items) {
                if (!m_known.contains(m.id))
                    older.prepend(m);
            }
            m_older.accept(request, result.value().meta);
            // "Done" after the rows are in, so the view measures the grown list.
            const auto done = qScopeGuard([this, request] {
                m_older.done(request);
                setLoadingOlder(false);
            });
            if (older.isEmpty())
                return;
            beginInsertRows({}, 0, int(older.size()) - 1);
            for (int i = 0; i < older.size(); ++i) {
                m_entries.insert(i, Entry{older.at(i), SendState::Confirmed, 0, {}});
                m_known.insert(older.at(i).id);
            }
            endInsertRows();
            // The row after the inserted block may no longer start a new day.
            const QModelIndex next = index(int(older.size()), 0);
            if (next.isValid())
                Q_EMIT dataChanged(next, next, {DateSeparatorRole});
        });
}

int ThreadModel::send(const QString &content, const QString &channel)
{
    Entry e;
    e.localId = m_nextLocalId++;
    e.state = SendState::Sending;
    e.message.contactId = m_contactId;
    e.message.channel = channel;
    e.message.direction = QStringLiteral("outbound");
    e.message.type = QStringLiteral("text");
    e.message.content = content;
    e.message.status = QStringLiteral("pending");
    e.message.createdAt = QDateTime::currentDateTimeUtc();
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->state == SendState::Confirmed && it->message.id > 0) {
            e.anchorId = it->message.id;
            break;
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(e);
    endInsertRows();
    sendEntry(e.localId);
    return row;
}

bool ThreadModel::retry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    Entry &e = m_entries[row];
    if (e.state == SendState::NotConfirmed) {
        // The server may have it: look again rather than send a second copy.
        e.state = SendState::Checking;
        Q_EMIT dataChanged(index(row, 0), index(row, 0));
        checkUnconfirmed(e.localId, ApiError(ApiError::Kind::Timeout));
        return true;
    }
    if (e.state != SendState::Failed)
        return false;
    e.state = SendState::Sending;
    e.error = ApiError();
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    sendEntry(e.localId);
    return true;
}

QString ThreadModel::discard(int row)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).state == SendState::Confirmed
        || m_entries.at(row).state == SendState::Sending
        || m_entries.at(row).state == SendState::Checking)
        return {};
    const QString text = m_entries.at(row).message.content;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return text;
}

bool ThreadModel::isSending() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) {
                           return e.state == SendState::Sending || e.state == SendState::Checking;
                       });
}

int ThreadModel::rowForLocal(int localId) const
{
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (m_entries.at(i).localId == localId)
            return i;
    }
    return -1;
}

void ThreadModel::sendEntry(int localId)
{
    const Entry &e = m_entries.at(rowForLocal(localId));
    MessageDraft draft;
    draft.contactId = m_contactId;
    draft.channel = e.message.channel;
    draft.type = QStringLiteral("text");
    draft.content = e.message.content;
    const int generation = m_generation;
    m_api.send(draft, this, [this, localId, generation](const ApiResult<Message> &result) {
        if (generation != m_generation)
            return;
        const int row = rowForLocal(localId);
        if (row < 0)
            return;
        Entry &entry = m_entries[row];
        const WriteOutcome outcome = WriteOutcome::of(result);
        if (outcome.isUnknown()) {
            // The server may have sent it: saying "failed" would invite a double. Look first.
            entry.state = SendState::Checking;
            entry.error = outcome.error();
            Q_EMIT dataChanged(index(row, 0), index(row, 0));
            checkUnconfirmed(localId, outcome.error());
            return;
        }
        if (outcome.isRefused()) {
            const ApiError &error = outcome.error();
            entry.state = SendState::Failed;
            entry.error = error;
            Q_EMIT dataChanged(index(row, 0), index(row, 0));
            Q_EMIT sendFailed(row, error);
            return;
        }
        confirmEntry(row, result.value());
    });
}

void ThreadModel::confirmEntry(int row, const Message &m)
{
    m_claimed.insert(m.id);
    if (m_known.contains(m.id)) {
        // A refresh already brought it in: the local row goes.
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        Q_EMIT sendSucceeded(-1);
        return;
    }
    Entry &entry = m_entries[row];
    entry.message = m;
    entry.state = SendState::Confirmed;
    entry.localId = 0;
    entry.error = ApiError();
    m_known.insert(m.id);
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    Q_EMIT sendSucceeded(row);
}

void ThreadModel::checkUnconfirmed(int localId, const ApiError &cause)
{
    const int generation = m_generation;
    m_api.listMessages(m_contactId, PageRequest{1, m_perPage}, this,
        [this, localId, generation, cause](const ApiResult<Page<Message>> &result) {
            if (generation != m_generation)
                return;
            const int row = rowForLocal(localId);
            if (row < 0 || m_entries.at(row).state != SendState::Checking)
                return;
            Entry &entry = m_entries[row];
            if (!result) {
                // Could not look: still unknown, and still not to be sent blind.
                entry.state = SendState::NotConfirmed;
                Q_EMIT dataChanged(index(row, 0), index(row, 0));
                Q_EMIT sendFailed(row, result.error());
                return;
            }
            if (const std::optional<Message> found = findSent(entry, result.value().items)) {
                confirmEntry(row, *found);
                return;
            }
            entry.state = SendState::Failed;
            entry.error = cause;
            Q_EMIT dataChanged(index(row, 0), index(row, 0));
            Q_EMIT sendFailed(row, cause);
        });
}

std::optional<Message> ThreadModel::findSent(
    const Entry &entry, const QList<Message> &newestFirst) const
{
    // Only what arrived since the send counts, and never a message another send claimed:
    // the same "OK" typed twice must not confirm both rows with one server message.
    for (const Message &m : newestFirst) {
        if (entry.anchorId > 0 && m.id == entry.anchorId)
            break;
        if (m.isInbound() || m_claimed.contains(m.id))
            continue;
        if (m.content == entry.message.content
            && (entry.message.channel.isEmpty() || m.channel.isEmpty()
                || m.channel == entry.message.channel))
            return m;
    }
    return std::nullopt;
}

QString ThreadModel::errorText(const Entry &entry)
{
    switch (entry.state) {
    case SendState::Failed:
        // Refused (the server's field words, translated) or looked for and not found.
        return oneLineMessage(entry.error);
    case SendState::Checking:
    case SendState::NotConfirmed:
        // Not the cause's own words: "try again" is the one advice that could duplicate.
        return WriteOutcome::of(entry.error).userText();
    case SendState::Sending:
    case SendState::Confirmed:
        break;
    }
    return {};
}

QString ThreadModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("read"))
        return tr("Read");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const Message &m = e.message;
    const bool readable = e.state != SendState::Confirmed || isReadable(m);
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        if (!readable)
            return tr("This message could not be read.");
        return m.content;
    case MessageIdRole:
        return m.id;
    case DirectionRole:
        return m.direction;
    case StatusRole:
        switch (e.state) {
        case SendState::Sending:
            return tr("Sending…");
        case SendState::Failed:
            return tr("Not sent");
        case SendState::NotConfirmed:
            return tr("Not confirmed");
        case SendState::Checking:
            return tr("Checking…");
        case SendState::Confirmed:
            return statusText(m.status);
        }
        return {};
    case SendStateRole:
        return QVariant::fromValue(e.state);
    case TypeRole:
        return m.type;
    case MediaUrlRole:
        return m.mediaUrl;
    case CreatedAtRole:
        return m.createdAt;
    case SenderRole:
        return m.sentBy ? m.sentBy->name : QString();
    case DateSeparatorRole: {
        const QDate day = m.createdAt.toLocalTime().date();
        if (index.row() == 0 || m_entries.at(index.row() - 1).message.createdAt.toLocalTime().date() != day)
            return day;
        return QDate();
    }
    case ErrorRole:
        return errorText(e);
    case IsUnreadableRole:
        return !readable;
    }
    return {};
}
