// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "chunkedrowfeeder.h"
#include "conversation.h"
#include "conversationquery.h"
#include "pager.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

class ConversationsApi;

// The inbox list (GET /conversations), most recent activity first. fetchMore() appends
// the next page; refresh() re-reads the first page and merges it in place, so a new
// inbound message moves its conversation to the top without losing the loaded pages.
// The list is ordered by last message, so a refresh reads the next page only while every
// conversation of the page just read had changed: below the first unchanged one nothing
// moved (issue 14: one list request per refresh in the usual case, not one per page).
class ConversationsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ContactColumn, ChannelColumn, PreviewColumn, TimeColumn, UnreadColumn, ColumnCount };
    enum Role {
        ContactIdRole = Qt::UserRole, // qint64
        ChannelCodeRole,              // "whatsapp"
        UnreadCountRole,              // int
        PreviewRole,                  // last message text
        UpdatedAtRole,                // QDateTime
    };

    explicit ConversationsModel(ConversationsApi &api, QObject *parent = nullptr);

    // Filters: a new query drops the list and loads its first page.
    void setQuery(const QString &channel, bool unreadOnly, const QString &search);
    ConversationQuery query() const { return m_query; }
    void setPageSize(int perPage) { m_pager.setPageSize(perPage); }
    void refresh();
    // The open conversation: with "unread only", a conversation that has been read leaves
    // the list on the next refresh, except this one, so it never vanishes under the
    // agent's cursor. 0 = none.
    void setKeptContact(qint64 contactId) { m_kept = contactId; }
    // For tests and benchmarks: the list as if the server had sent it.
    void setConversations(const QList<Conversation> &conversations, bool hasMore);

    bool isLoading() const { return m_pager.isLoading(); }
    // When the cache saved the oldest page shown; invalid when every row is the server's.
    QDateTime savedAt() const { return m_pager.savedAt(); }
    int rowForContact(qint64 contactId) const;
    const Conversation *conversationForContact(qint64 contactId) const;
    const QList<Conversation> &conversations() const { return m_items; } // the loaded rows
    int unreadTotal() const;
    // Local bookkeeping when the user opens a conversation (the server zeroes it too).
    // Returns whether the conversation was shown unread.
    bool markRead(qint64 contactId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);
    // A conversation's unread count went up during a refresh (a new inbound message).
    void unreadRaised(qint64 contactId, int newUnread);
    // A refresh saw an unread count go down or a conversation leave (read elsewhere).
    void unreadCountsChanged();
    void savedAtChanged(const QDateTime &savedAt);

private:
    void load(const Pager::Request &request, bool merge, bool refreshing = false);
    bool isUnchanged(const Conversation &fresh) const;
    void feed(const QList<Conversation> &page, const Pager::Request &request);
    void merge(const QList<Conversation> &fresh);
    void dropNoLongerMatching();

    ConversationsApi &m_api;
    ConversationQuery m_query;
    QList<Conversation> m_items;
    Pager m_pager{30};
    qint64 m_kept = 0;
    // A large first page while it goes in by chunks, and its rows' newest-first order.
    QList<Conversation> m_pending;
    std::vector<int> m_pendingOrder;
    ChunkedRowFeeder m_feeder;
};
