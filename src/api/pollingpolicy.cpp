// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollingpolicy.h"

#include <algorithm>
#include <cmath>

int PollingPolicy::intervalMs(Kind kind, int baseMs, int remaining, int limit)
{
    const int ceiling = std::max(baseMs, kind == Kind::List ? ListMaxIntervalMs : MaxIntervalMs);
    if (limit <= 0)
        return baseMs; // nothing known about the budget yet
    const double share = std::clamp(double(remaining) / double(limit), 0.0, 1.0);
    if (share >= FullSpeedShare)
        return baseMs;
    const double exponent = kind == Kind::List ? 1.0 : 3.0;
    const double factor = std::pow(share / FullSpeedShare, exponent);
    if (factor <= double(baseMs) / double(ceiling))
        return ceiling;
    return std::clamp(int(std::lround(double(baseMs) / factor)), baseMs, ceiling);
}

bool PollingPolicy::mayPoll(int remaining, int limit)
{
    if (limit <= 0)
        return true;
    return double(remaining) >= ReservedShare * double(limit);
}
