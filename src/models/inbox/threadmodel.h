// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "message.h"
#include "pager.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

class ConversationsApi;

// One contact's messages, oldest at the top (GET /contacts/{id}/messages is newest first).
// fetchMore() loads older pages; refresh() reads newer ones and keeps reading pages until
// it reaches a message already shown, so a resync after sleep leaves no gap.
// Sending adds a local row at once ("sending"); the server's message replaces it. A
// failed or unconfirmed send keeps its text and is only ever sent again by retry().
// When the outcome of a send is unknown (WriteOutcome), the model first reloads the newest
// page and looks for the message (same text and channel, newer than the thread's newest
// message at the moment of sending, not already matched to another send): found, the row
// is confirmed; not found, it is Failed and may be retried; the check itself failing leaves
// it NotConfirmed, and retry() then checks again instead of sending.
class ThreadModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, ColumnCount };
    enum Role {
        MessageIdRole = Qt::UserRole, // qint64, 0 for a local row
        DirectionRole,                // "inbound" / "outbound"
        StatusRole,                   // the server's status or the local state's word
        SendStateRole,                // SendState
        ContentRole,
        TypeRole,
        MediaUrlRole,
        CreatedAtRole,                // QDateTime
        SenderRole,                   // the team member who sent it
        DateSeparatorRole,            // QDate when this row starts a new day, else null
        ErrorRole,                    // why a send failed
        IsUnreadableRole,             // bool: the server sent something we cannot show
    };
    enum class SendState { Confirmed, Sending, Failed, NotConfirmed, Checking };
    Q_ENUM(SendState)

    explicit ThreadModel(ConversationsApi &api, QObject *parent = nullptr);

    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    void setPageSize(int perPage)
    {
        m_perPage = perPage;
        m_older.setPageSize(perPage);
    }
    void refresh();
    // For tests and benchmarks: a thread as if loaded (oldest first).
    void setMessages(const QList<Message> &messages, bool hasOlder);

    // Returns the row of the new "sending" message.
    int send(const QString &content, const QString &channel);
    // Sends a failed row again, or checks an unconfirmed one again (never sends it blind);
    // false when the row is neither.
    bool retry(int row);
    // Drops a failed row (the user gave up on it); its text is returned to keep.
    QString discard(int row);
    bool isLoading() const { return m_loading; }
    bool isLoadingOlder() const { return m_loadingOlder; }
    bool isSending() const;

    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);
    // An older page was asked for (true) or has answered (false): the view's loading row.
    void olderLoadingChanged(bool loading);
    // Inbound messages that arrived by a refresh (not the first load).
    void inboundArrived(const QList<Message> &messages);
    void sendSucceeded(int row);
    void sendFailed(int row, const ApiError &error);

private:
    struct Entry
    {
        Message message;
        SendState state = SendState::Confirmed;
        int localId = 0;
        // Why it is not confirmed, typed: data() words it through apierrortext (one place),
        // in the language the interface has when asked.
        ApiError error;
        qint64 anchorId = 0; // the newest confirmed message when this one was sent
    };

    void loadNewer(int page, int generation, QList<Message> collected);
    void loadOlder();
    void setLoadingOlder(bool loading);
    void addNewer(const QList<Message> &newestFirst);
    void sendEntry(int localId);
    void checkUnconfirmed(int localId, const ApiError &cause);
    void confirmEntry(int row, const Message &message);
    std::optional<Message> findSent(const Entry &entry, const QList<Message> &newestFirst) const;
    int rowForLocal(int localId) const;
    static QString errorText(const Entry &entry);

    ConversationsApi &m_api;
    qint64 m_contactId = 0;
    int m_perPage = 30;
    QList<Entry> m_entries;
    QSet<qint64> m_known;
    QSet<qint64> m_claimed; // server messages already matched to one of our sends
    // Older pages: whether there are more and the one request for them. Newer pages are
    // read by refresh(), a page at a time until a known message, outside the pager.
    Pager m_older{30};
    bool m_loading = false;
    bool m_loadingOlder = false;
    bool m_initialised = false;
    int m_generation = 0;
    int m_nextLocalId = 1;
};
