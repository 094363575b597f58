// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Sandbox {

// A half-open interval [start, end): a booking ending at 10:00 does not collide with one
// starting at 10:00, so back-to-back slots stay bookable.
struct TimeRange
{
    QDateTime start;
    QDateTime end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool overlaps(const TimeRange &other) const
    {
        return start < other.end && other.start < end;
    }
};

} // namespace Sandbox
