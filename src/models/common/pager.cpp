// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pager.h"

#include <algorithm>

Pager::Pager(int pageSize)
    : m_pageSize(pageSize)
{
}

void Pager::clear()
{
    const QDateTime before = savedAt();
    ++m_generation;
    m_current = {};
    m_loadedPages = 0;
    m_lastPage = 1;
    m_savedAt.clear();
    notifyIfChanged(before);
}

void Pager::restore(int loadedPages, int lastPage)
{
    clear();
    m_loadedPages = loadedPages;
    m_lastPage = std::max(lastPage, loadedPages);
}

Pager::Request Pager::start(int page, bool keepsPosition)
{
    m_current = Request{page, ++m_nextSerial, keepsPosition};
    return m_current;
}

bool Pager::accept(const Request &request, const PageMeta &meta, const QDateTime &savedAt)
{
    if (!isCurrent(request))
        return false;
    const QDateTime before = this->savedAt();
    if (!request.keepsPosition) {
        // The page asked for, not meta.current_page: a server (or a fake) that leaves the
        // meta out must not make the list ask for the same page again.
        m_loadedPages = request.page;
        m_lastPage = std::max(meta.lastPage, 1);
        // Pages past this one are no longer on screen (a reload that read fewer pages).
        forgetOriginsAfter(request.page);
    }
    noteOrigin(request.page, savedAt);
    notifyIfChanged(before);
    return true;
}

bool Pager::done(const Request &request)
{
    if (!isCurrent(request))
        return false;
    m_current = {};
    return true;
}

void Pager::replacePages(int loadedPages, int lastPage, const QDateTime &savedAt)
{
    const QDateTime before = this->savedAt();
    m_loadedPages = loadedPages;
    m_lastPage = std::max(lastPage, 1);
    m_savedAt.clear();
    noteOrigin(1, savedAt);
    notifyIfChanged(before);
}

QDateTime Pager::savedAt() const
{
    QDateTime oldest;
    for (const QDateTime &at : m_savedAt) {
        if (!oldest.isValid() || at < oldest)
            oldest = at;
    }
    return oldest;
}

void Pager::noteOrigin(int page, const QDateTime &savedAt)
{
    if (savedAt.isValid())
        m_savedAt.insert(page, savedAt);
    else
        m_savedAt.remove(page);
}

void Pager::forgetOriginsAfter(int page)
{
    m_savedAt.erase(m_savedAt.upperBound(page), m_savedAt.end());
}

void Pager::notifyIfChanged(const QDateTime &before)
{
    if (m_savedAtChanged && savedAt() != before)
        m_savedAtChanged();
}
