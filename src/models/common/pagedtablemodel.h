// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "chunkedrowfeeder.h"
#include "apiresult.h"
#include "page.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

// The paging every server-backed list model shares: rows of T fetched a page at a time
// through canFetchMore/fetchMore, one page in flight at most, and replies to a request made
// before the last clearRows() dropped (a refresh or a new filter must never mix old rows in).
// A template cannot carry Q_OBJECT, so the subclass owns its signals and this class reaches
// them through pageLoaded()/pageFailed(). T needs an `id` member (rowOf).
template<typename T>
class PagedTableModel : public QAbstractTableModel
{
public:
    using PageCallback = std::function<void(const ApiResult<Page<T>> &)>;

    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }

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
        return !parent.isValid() && !m_loading && m_currentPage > 0 && m_currentPage < m_lastPage;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            fetchPage(m_currentPage + 1);
    }

protected:
    // Sends the request for `page`; the subclass passes itself as the call's context.
    virtual void requestPage(int page, PageCallback done) = 0;
    // After a page's rows are in (and before pageLoaded()).
    virtual void pageArrived(const Page<T> &) { }
    virtual void pageLoaded() = 0;
    virtual void pageFailed(const ApiError &error) = 0;

    // Forgets every row and every reply still on its way; `alsoClear` runs inside the reset.
    void clearRows(const std::function<void()> &alsoClear = {})
    {
        ++m_generation;
        m_feeder.cancel();
        beginResetModel();
        m_items.clear();
        m_currentPage = 0;
        m_lastPage = 1;
        if (alsoClear)
            alsoClear();
        endResetModel();
        m_loading = false;
    }

    void fetchPage(int page)
    {
        const int generation = m_generation;
        m_loading = true;
        requestPage(page, [this, generation](const ApiResult<Page<T>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                pageFailed(result.error());
                return;
            }
            const Page<T> p = result.value();
            m_currentPage = p.meta.currentPage;
            m_lastPage = p.meta.lastPage;
            // A huge page goes in a chunk per event-loop turn (ChunkedRowFeeder); the model
            // stays "loading" until its last row is in, so no next page is fetched between.
            m_loading = true;
            m_feeder.start(int(p.items.size()),
                [this, p](int from, int count) {
                    beginInsertRows({}, int(m_items.size()), int(m_items.size()) + count - 1);
                    m_items.append(p.items.mid(from, count));
                    endInsertRows();
                },
                [this, p] {
                    m_loading = false;
                    pageArrived(p);
                    pageLoaded();
                });
        });
    }

    int generation() const { return m_generation; }

    QList<T> m_items;

private:
    int m_generation = 0;
    ChunkedRowFeeder m_feeder;
    int m_currentPage = 0;
    int m_lastPage = 1;
    bool m_loading = false;
};
