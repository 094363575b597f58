// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the panes may know of the key's shared request budget, read-only: every desk on the
// same key spends from it, so background work slows down as it falls (PollingPolicy).
// Implemented by RateLimiter; panes see only this, never the queue they must not touch.
class RateBudget
{
public:
    virtual ~RateBudget() = default;

    // Requests the key has left in the current minute: the server's last
    // X-RateLimit-Remaining less what this desk sent since, or the local count without one.
    virtual int remaining() const = 0;
    virtual int limit() const = 0;
    // Seconds until the budget grows again (the oldest counted request leaves the
    // minute, or a 429's pause ends); 0 when it is not spent at all.
    virtual int secondsToReset() const = 0;

protected:
    RateBudget() = default;
    RateBudget(const RateBudget &) = default;
    RateBudget &operator=(const RateBudget &) = default;
};
