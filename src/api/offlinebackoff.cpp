// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinebackoff.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

OfflineBackoff::OfflineBackoff()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

void OfflineBackoff::setIntervals(int firstMs, int maxMs)
{
    m_firstMs = std::max(0, firstMs);
    m_maxMs = std::max(m_firstMs, maxMs);
}

void OfflineBackoff::start()
{
    m_active = true;
    m_gapMs = m_firstMs;
    m_nextAt = m_clock() + m_gapMs;
}

void OfflineBackoff::stop()
{
    m_active = false;
}

bool OfflineBackoff::admit()
{
    if (!m_active)
        return true;
    const qint64 now = m_clock();
    if (now < m_nextAt)
        return false;
    // Each probe that finds the server still down makes the next one wait longer.
    m_gapMs = std::min<qint64>(m_gapMs * 2, m_maxMs);
    m_nextAt = now + m_gapMs;
    return true;
}

qint64 OfflineBackoff::msUntilNextProbe() const
{
    return m_active ? std::max<qint64>(0, m_nextAt - m_clock()) : 0;
}
