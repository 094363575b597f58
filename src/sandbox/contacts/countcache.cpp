// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countcache.h"

#include "../core/database.h"

namespace Sandbox {

std::optional<qint64> CountCache::find(const Database &database, const QString &key)
{
    const qint64 generation
        = database.scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
    if (generation != m_generation) {
        m_values.clear();
        m_generation = generation;
    }
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

void CountCache::store(const QString &key, qint64 value)
{
    if (m_values.size() >= maxEntries)
        m_values.clear();
    m_values.insert(key, value);
}

} // namespace Sandbox
