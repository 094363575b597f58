// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// The body of POST /bookings (contact, type and start required) and PUT /bookings/{id}
// (any subset). Only fields that are set are sent.
struct BookingInput
{
    std::optional<qint64> contactId;
    std::optional<qint64> bookingTypeId;
    std::optional<qint64> resourceId;
    std::optional<QDateTime> startsAt;
    std::optional<QString> notes;
    std::optional<QString> status; // update only: pending, confirmed, completed

    QJsonObject toJson() const;
};
