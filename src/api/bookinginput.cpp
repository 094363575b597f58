// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookinginput.h"

#include "timestamp.h"

QJsonObject BookingInput::toJson() const
{
    QJsonObject json;
    if (contactId)
        json.insert(QStringLiteral("contact_id"), *contactId);
    if (bookingTypeId)
        json.insert(QStringLiteral("booking_type_id"), *bookingTypeId);
    if (resourceId)
        json.insert(QStringLiteral("resource_id"), *resourceId);
    if (startsAt)
        json.insert(QStringLiteral("starts_at"), Timestamp::format(*startsAt));
    if (notes)
        json.insert(QStringLiteral("notes"), *notes);
    if (status)
        json.insert(QStringLiteral("status"), *status);
    return json;
}
