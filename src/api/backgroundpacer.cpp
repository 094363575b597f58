// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpacer.h"

#include "ratebudget.h"

#include <QTimer>

#include <algorithm>

BackgroundPacer::BackgroundPacer(QTimer *timer, PollingPolicy::Kind kind, QObject *parent)
    : QObject(parent)
    , m_timer(timer)
    , m_kind(kind)
{
}

void BackgroundPacer::setBaseInterval(int ms)
{
    m_baseMs = ms;
    m_timer->start(ms);
}

bool BackgroundPacer::admit()
{
    if (!m_budget)
        return true;
    const int remaining = m_budget->remaining();
    const int limit = m_budget->limit();
    const bool allowed = PollingPolicy::mayPoll(remaining, limit);
    int next = PollingPolicy::intervalMs(m_kind, m_baseMs, remaining, limit);
    // Held back: look again when the budget grows, not a whole slow interval later.
    if (!allowed)
        next = std::clamp(m_budget->secondsToReset() * 1000, m_baseMs, next);
    if (next != m_timer->interval())
        m_timer->setInterval(next);
    return allowed;
}
