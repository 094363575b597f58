// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "chunkedrowfeeder.h"
#include "apiresult.h"
#include "page.h"
#include "pager.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

// A table of rows of T fetched a page at a time through canFetchMore/fetchMore; the paging
// rules are the Pager's (one page in flight, replies to a request made before the last
// clearRows() dropped, the age of rows from the offline cache). A template cannot carry
// Q_OBJECT, so the subclass owns its signals and this class reaches them through
// pageLoaded()/pageFailed()/announceSavedAt(). T needs an `id` member (rowOf).
template<typename T>
class PagedTableModel : public QAbstractTableModel
{
public:
    using PageCallback = std::function<void(const ApiResult<Page<T>> &)>;

    explicit PagedTableModel(int pageSize, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_pager(pageSize)
    {
        m_pager.onSavedAtChanged([this] { announceSavedAt(m_pager.savedAt()); });
    }

    bool isLoading() const { return m_pager.isLoading(); }
    // When the cache saved the oldest page shown; invalid when every row is the server's.
    QDateTime savedAt() const { return m_pager.savedAt(); }

    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).id == id)
                return i;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_pager.canFetchMore();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            fetchPage(m_pager.startNext());
    }

protected:
    // Sends the request (page and size); the subclass passes itself as the call's context.
    virtual void requestPage(const PageRequest &page, PageCallback done) = 0;
    // After a page's rows are in (and before pageLoaded()).
    virtual void pageArrived(const Page<T> &) { }
    virtual void pageLoaded() = 0;
    virtual void pageFailed(const ApiError &error) = 0;
    virtual void announceSavedAt(const QDateTime &savedAt) = 0; // emits savedAtChanged

    // Forgets every row and every reply still on its way; `alsoClear` runs inside the reset.
    void clearRows(const std::function<void()> &alsoClear = {})
    {
        m_feeder.cancel();
        beginResetModel();
        m_items.clear();
        m_pager.clear();
        if (alsoClear)
            alsoClear();
        endResetModel();
    }

    void fetchFirstPage() { fetchPage(m_pager.start(1)); }

    int generation() const { return m_pager.generation(); }
    Pager &pager() { return m_pager; }

    QList<T> m_items;

private:
    void fetchPage(const Pager::Request &request)
    {
        requestPage(m_pager.pageRequest(request), [this, request](const ApiResult<Page<T>> &result) {
            if (!m_pager.isCurrent(request))
                return;
            if (!result) {
                m_pager.fail(request);
                pageFailed(result.error());
                return;
            }
            const Page<T> p = result.value();
            m_pager.accept(request, p.meta, result.savedAt());
            // A huge page goes in a chunk per event-loop turn (ChunkedRowFeeder); the
            // request stays on its way until its last row is in, so no next page is
            // fetched between.
            m_feeder.start(int(p.items.size()),
                [this, p](int from, int count) {
                    beginInsertRows({}, int(m_items.size()), int(m_items.size()) + count - 1);
                    m_items.append(p.items.mid(from, count));
                    endInsertRows();
                },
                [this, p, request] {
                    m_pager.done(request);
                    pageArrived(p);
                    pageLoaded();
                });
        });
    }

    Pager m_pager;
    ChunkedRowFeeder m_feeder;
};
