// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagination.h"

#include <algorithm>

namespace Sandbox {

namespace {

// A number that does not parse counts as absent; one too large for an int counts as huge.
qint64 readNumber(const QUrlQuery &query, const QString &key, qint64 fallback)
{
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok)
        return value;
    // Digits beyond qint64: clearly huge.
    bool digits = !text.isEmpty();
    for (const QChar c : text)
        digits = digits && c.isDigit();
    return digits ? std::numeric_limits<qint64>::max() : fallback;
}

} // namespace

Pagination Pagination::fromQuery(const QUrlQuery &query)
{
    Pagination p;
    p.page = int(std::clamp<qint64>(readNumber(query, QStringLiteral("page"), 1), 1, maxPage));
    p.perPage = int(std::clamp<qint64>(
        readNumber(query, QStringLiteral("per_page"), defaultPerPage), 1, maxPerPage));
    return p;
}

QJsonObject Pagination::meta(qint64 total) const
{
    const qint64 lastPage = std::max<qint64>(1, (total + perPage - 1) / perPage);
    return { { QStringLiteral("current_page"), page }, { QStringLiteral("per_page"), perPage },
        { QStringLiteral("total"), total }, { QStringLiteral("last_page"), lastPage } };
}

} // namespace Sandbox
