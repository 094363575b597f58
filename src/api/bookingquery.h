// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

// GET /bookings filters (seed): status, contact, and a from/to time range.
struct BookingQuery
{
    QString status;
    std::optional<qint64> contactId;
    QDateTime from; // invalid = no bound
    QDateTime to;
    PageRequest page;

    QUrlQuery toQuery() const;
};
