// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>

#include <deque>

namespace Sandbox {

// N requests per sliding minute per key. Uses the monotonic clock, never the pinned one:
// a test that pins "now" must still see its requests age out.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int retryAfterSeconds = 0; // set when !allowed
    };

    explicit RateLimiter(int perMinute);

    // Counts one request of this key when it is allowed.
    Decision hit(qint64 keyId);
    // The state without counting (for responses that are not counted).
    Decision peek(qint64 keyId);
    int limit() const { return m_limit; }
    void reset() { m_hits.clear(); }

private:
    Decision evaluate(qint64 keyId, bool count);

    int m_limit;
    QElapsedTimer m_clock;
    QHash<qint64, std::deque<qint64>> m_hits; // per key: times (ms) of counted requests
};

} // namespace Sandbox
