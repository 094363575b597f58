// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QUrlQuery>

#include <optional>

// GET /bookings/availability: booking type and date are required, the resource optional.
struct AvailabilityQuery
{
    qint64 bookingTypeId = 0;
    QDate date;
    std::optional<qint64> resourceId;

    QUrlQuery toQuery() const;
};
