// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class JsonReader;

// The seed's Booking object. Create and cancel answer with a subset: what is missing
// stays empty (resourceId unset, title empty).
struct Booking
{
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 bookingTypeId = 0;
    std::optional<qint64> resourceId;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString status; // pending, confirmed, cancelled, completed
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Booking fromJson(const JsonReader &reader);
};
