// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "chunkedrowfeeder.h"
#include "contact.h"
#include "contactquery.h"
#include "page.h"
#include "pager.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>
#include <QSet>

class ContactsApi;

// The contact directory for one filter (GET /contacts), loaded page by page as the view
// scrolls. Rows keep only what the table shows, so 100,000 contacts stay small; the
// details come from ContactsApi::get. setQuery() starts over, and replies to an older
// query or a page already asked for are dropped.
class ContactsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PhoneColumn,
        EmailColumn,
        ChannelColumn,
        TagsColumn,
        BlacklistedColumn,
        LastMessageColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole, // qint64
        IsBlacklistedRole,     // bool
        PhoneRole,             // E.164, no direction mark
        ChannelCodeRole,       // "whatsapp"
    };

    static constexpr int pageSize = 100;

    explicit ContactsModel(ContactsApi &api, QObject *parent = nullptr);

    void setQuery(const ContactQuery &query); // page and perPage are the model's business
    ContactQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    int total() const { return m_total; } // the server's meta.total for this query
    bool isLoading() const { return m_pager.isLoading(); }
    // When the cache saved the oldest page shown; invalid when every row is the server's.
    QDateTime savedAt() const { return m_pager.savedAt(); }
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    QString nameAt(int row) const;

    // Keeps the loaded rows in step with changes made elsewhere in the pane.
    void updateContact(const Contact &contact);
    void removeContact(qint64 id);
    void setBlacklisted(qint64 id, bool blacklisted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting is the server's: by name, creation and last message only.
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);
    static QString sortKey(int column, Qt::SortOrder order); // "" when not sortable
    // The column and order a server sort key stands for; false for an unknown key.
    static bool sortColumnOf(const QString &key, int *column, Qt::SortOrder *order);

Q_SIGNALS:
    void pageLoaded(int page);
    void totalChanged(int total);
    void failed(const ApiError &error);
    void savedAtChanged(const QDateTime &savedAt);

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString phone;
        QString email;
        QString channel;
        QString tags;
        qint64 lastMessageMs = 0; // 0 = never
        qint64 createdMs = 0;
        bool blacklisted = false;
    };
    Row rowFrom(const Contact &contact);
    // A handful of channels and tag sets repeat over 100,000 rows: each row shares one
    // copy instead of holding its own (about 10 MB at that size).
    QString interned(const QString &value);
    static constexpr int maxReservedRows = 1000000;
    void requestPage(const Pager::Request &request);
    // After its last row is in.
    void pageArrived(const Page<Contact> &page, const Pager::Request &request, const QDateTime &savedAt);

    ContactsApi &m_api;
    ContactQuery m_query;
    QList<Row> m_rows;
    int m_total = 0;
    Pager m_pager{pageSize};
    QFont m_blacklistFont;
    QSet<QString> m_interned;
    ChunkedRowFeeder m_feeder;
};
