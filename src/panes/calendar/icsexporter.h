// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QByteArray>
#include <QList>

#include <functional>

// Bookings as an iCalendar file, built with libical (never hand-written RFC 5545): one
// VEVENT per booking with a stable UID, UTC times, the resource as LOCATION.
class IcsExporter
{
public:
    using Describe = std::function<QString(const Booking &)>;

    // Writes the file; on failure says why in error (when given).
    static bool writeFile(const QString &path, const QByteArray &ics, QString *error);
    static QByteArray toIcs(
        const QList<Booking> &bookings, const Describe &summary, const Describe &location);
};
