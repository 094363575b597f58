// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How often background polls may run, from the key's shared budget (RateBudget). Ten desks
// on one key all read the same X-RateLimit-Remaining; each slows down as it falls, so
// together they settle below the limit instead of running into 429s. Pure functions.
class PollingPolicy
{
public:
    enum class Kind
    {
        List,   // the conversation list: what makes a new message visible, slowed gently
        Thread, // the open thread: the most frequent poll, the first to give way
    };

    // Above this share of the limit left, polls run at their base interval.
    static constexpr double FullSpeedShare = 0.6;
    // Below this share no background request is sent: the rest is kept for user actions.
    static constexpr double ReservedShare = 0.1;
    static constexpr int MaxIntervalMs = 60 * 1000;
    // The list is what shows a new message: while the budget has room above the reserve it
    // never waits longer than this, so every desk sees a message within half a minute
    // (issue 14's goal); the thread poll gives way instead. Ten desks' lists cost 30 a minute.
    static constexpr int ListMaxIntervalMs = 20 * 1000;

    // base / (share / FullSpeedShare)^k, clamped to [base, max(base, ceiling)], the ceiling
    // ListMaxIntervalMs for the list (k = 1) and MaxIntervalMs for the thread (k = 3): the
    // thread poll is the first to give way (docs/performance.md, "Shared request budget").
    static int intervalMs(Kind kind, int baseMs, int remaining, int limit);
    // False when a background request would eat into the share kept for user actions.
    static bool mayPoll(int remaining, int limit);
};
