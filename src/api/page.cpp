// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

#include "jsonreader.h"

PageMeta PageMeta::fromJson(const JsonReader &reader)
{
    PageMeta meta;
    meta.currentPage = int(reader.integer("current_page", 1));
    meta.perPage = int(reader.integer("per_page", 0));
    meta.total = int(reader.integer("total", 0));
    meta.lastPage = int(reader.integer("last_page", meta.currentPage));
    return meta;
}

PageMeta PageMeta::singlePage(int itemCount)
{
    PageMeta meta;
    meta.perPage = itemCount;
    meta.total = itemCount;
    return meta;
}

void PageRequest::addTo(QUrlQuery &query) const
{
    if (page > 1)
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
    if (perPage > 0)
        query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
}
