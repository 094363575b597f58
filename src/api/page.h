// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUrlQuery>

class JsonReader;

// The envelope's "meta" of a list. A list without meta is one complete page.
struct PageMeta
{
    int currentPage = 1;
    int perPage = 0;
    int total = 0;
    int lastPage = 1;

    bool hasMore() const { return currentPage < lastPage; }
    static PageMeta fromJson(const JsonReader &reader);
    static PageMeta singlePage(int itemCount);
};

// Which page to ask for; perPage 0 leaves the server's default (15).
struct PageRequest
{
    int page = 1;
    int perPage = 0;

    void addTo(QUrlQuery &query) const;
};

template<typename T> struct Page
{
    QList<T> items;
    PageMeta meta;
};
