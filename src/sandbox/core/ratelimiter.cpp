// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>

namespace Sandbox {

namespace {
constexpr qint64 windowMs = 60 * 1000;
}

RateLimiter::RateLimiter(int perMinute)
    : m_limit(std::max(1, perMinute))
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::hit(qint64 keyId)
{
    return evaluate(keyId, true);
}

RateLimiter::Decision RateLimiter::peek(qint64 keyId)
{
    return evaluate(keyId, false);
}

RateLimiter::Decision RateLimiter::evaluate(qint64 keyId, bool count)
{
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &hits = m_hits[keyId];
    while (!hits.empty() && now - hits.front() >= windowMs)
        hits.pop_front();

    Decision decision;
    decision.limit = m_limit;
    if (int(hits.size()) >= m_limit) {
        decision.allowed = false;
        decision.remaining = 0;
        // Seconds until the oldest counted request leaves the window, rounded up, at least 1.
        const qint64 waitMs = windowMs - (now - hits.front());
        decision.retryAfterSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
        return decision;
    }
    if (count)
        hits.push_back(now);
    decision.remaining = m_limit - int(hits.size());
    return decision;
}

} // namespace Sandbox
