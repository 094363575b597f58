// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "responsecache.h"

#include <map>

// The offline cache's behaviour without its SQLite file, for client tests: what was stored
// (now), or put in by the test with any age.
class MemoryResponseCache final : public ResponseCache
{
public:
    std::optional<Entry> find(const QString &key) override
    {
        const auto found = entries.find(key);
        if (found == entries.end())
            return std::nullopt;
        return found->second;
    }
    void store(const QString &key, const QByteArray &body) override
    {
        entries[key] = Entry{body, QDateTime::currentDateTimeUtc()};
    }

    std::map<QString, Entry> entries;
};
