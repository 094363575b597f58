// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUrlQuery>

namespace Sandbox {

// page (1-based) and per_page (default 15, clamped to 1..100) of a list request. Bad
// values never fail a request: a negative, zero, huge or non-numeric page reads as the
// nearest valid one, as the contract says larger values are clamped.
struct Pagination
{
    int page = 1;
    int perPage = 15;

    static constexpr int defaultPerPage = 15;
    static constexpr int maxPerPage = 100;
    // Keeps LIMIT/OFFSET arithmetic far from overflow on absurd page numbers.
    static constexpr int maxPage = 10000000;

    static Pagination fromQuery(const QUrlQuery &query);
    qint64 offset() const { return qint64(page - 1) * perPage; }
    // {"current_page", "per_page", "total", "last_page"}; last_page is at least 1.
    QJsonObject meta(qint64 total) const;
};

} // namespace Sandbox
