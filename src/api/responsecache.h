// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// What ApiClient keeps of the answers it read, so that a read can still be answered when
// the server cannot be reached (docs/offline.md). The API layer only knows this
// interface; the SQLite store behind it is src/cache/ (CacheStore), set per profile.
// Keys are the request's path and query ("/contacts?page=2"): never the key, the base
// URL or a header.
class ResponseCache
{
public:
    struct Entry
    {
        QByteArray body; // the 2xx answer's body, as the server sent it
        QDateTime savedAt; // UTC
    };

    virtual ~ResponseCache() = default;

    virtual std::optional<Entry> find(const QString &key) = 0;
    virtual void store(const QString &key, const QByteArray &body) = 0;
};
