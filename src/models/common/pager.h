// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QDateTime>
#include <QMap>

#include <functional>

// The paging state every server-backed list model shares (table, list or thread alike):
// which pages are in, the last one the server has, the one request on its way, the page
// size it asks for, whether to follow every page ("load all"), and how old the rows are
// when they came from the offline cache. The model keeps its rows and makes the requests;
// the pager only decides. Its rules:
// - One request at a time: a new start() supersedes the one on its way (whose answer is
//   then dropped), and canFetchMore() is false while one is on its way.
// - clear() forgets every page and drops every answer still coming: a new filter or a
//   refresh never mixes old rows in.
// - A request stays "on its way" from start() until done() (or fail()), so a model that
//   feeds a page in chunks is still loading until its last row is in.
// - fetchMore stops at the server's last page; with load-all, wantsNextPage() follows them.
// - savedAt(): invalid when every page shown came from the server, else the oldest page's
//   time (ApiResult::savedAt()); the change callback runs whenever that answer changes.
class Pager
{
public:
    // One request: the page it asks for and a serial that tells it from every other.
    struct Request
    {
        int page = 0;
        quint64 serial = 0; // 0: no request
        bool keepsPosition = false;
    };

    explicit Pager(int pageSize = 0);

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    void setLoadAll(bool all) { m_loadAll = all; }
    bool loadsAll() const { return m_loadAll; }
    void onSavedAtChanged(std::function<void()> changed) { m_savedAtChanged = std::move(changed); }

    // Forgets every page and every answer on its way.
    void clear();
    // As if `loadedPages` pages of `lastPage` were in, from the server (tests, benchmarks).
    void restore(int loadedPages, int lastPage);

    // A request for `page`; replaces the one on its way. A refresh that re-reads pages already
    // shown (keepsPosition) leaves how far the list has paged as it is.
    Request start(int page, bool keepsPosition = false);
    Request startNext() { return start(m_loadedPages + 1); }
    // What to send for it: the page and the page size.
    PageRequest pageRequest(const Request &request) const { return PageRequest{request.page, m_pageSize}; }

    // Whether an answer is still wanted: false after clear() or a newer start().
    bool isCurrent(const Request &request) const
    {
        return request.serial != 0 && request.serial == m_current.serial;
    }
    // The answer's page is in (its rows may still be going in): records how far the list
    // has paged and where the rows came from. False (and nothing recorded) when stale.
    bool accept(const Request &request, const PageMeta &meta, const QDateTime &savedAt = {});
    // The request is over (its rows are all in, or it failed): the next may start.
    // False when stale.
    bool done(const Request &request);
    bool fail(const Request &request) { return done(request); }
    // A refresh that swapped every row at once for `loadedPages` fresh pages, the oldest
    // of them saved at `savedAt` (invalid: all from the server).
    void replacePages(int loadedPages, int lastPage, const QDateTime &savedAt);
    // Drops the request on its way (its answer will be ignored); the pages stay.
    void cancel() { m_current = {}; }

    bool isLoading() const { return m_current.serial != 0; }
    int loadedPages() const { return m_loadedPages; }
    int lastPage() const { return m_lastPage; }
    bool hasMore() const { return m_loadedPages > 0 && m_loadedPages < m_lastPage; }
    bool canFetchMore() const { return !isLoading() && hasMore(); }
    // With load-all: the page just accepted has a next one to read at once.
    bool wantsNextPage() const { return m_loadAll && hasMore(); }
    int generation() const { return m_generation; } // bumped by clear()

    QDateTime savedAt() const;

private:
    void noteOrigin(int page, const QDateTime &savedAt);
    void forgetOriginsAfter(int page);
    void notifyIfChanged(const QDateTime &before);

    int m_pageSize = 0;
    bool m_loadAll = false;
    int m_loadedPages = 0;
    int m_lastPage = 1;
    int m_generation = 0;
    quint64 m_nextSerial = 0;
    Request m_current;
    QMap<int, QDateTime> m_savedAt; // page -> when the cache saved it (server pages absent)
    std::function<void()> m_savedAtChanged;
};
