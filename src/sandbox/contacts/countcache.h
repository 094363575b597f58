// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Sandbox {

class Database;

// Remembers counts (a search's total, a trigram's frequency) until the next write. Paging
// through a search, or typing it again, re-asks the same COUNT(*), which is the costly
// part of a broad search. The sandbox writes through one connection only, so SQLite's
// total_changes() of that connection tells whether anything changed since.
class CountCache
{
public:
    std::optional<qint64> find(const Database &database, const QString &key);
    void store(const QString &key, qint64 value);

private:
    static constexpr int maxEntries = 512;

    qint64 m_generation = -1;
    QHash<QString, qint64> m_values;
};

} // namespace Sandbox
