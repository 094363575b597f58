// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingtype.h"

#include "jsonreader.h"

BookingType BookingType::fromJson(const JsonReader &reader)
{
    BookingType type;
    type.id = reader.id();
    type.name = reader.string("name");
    type.durationMinutes = int(reader.integer("duration_minutes"));
    type.description = reader.string("description");
    type.isActive = reader.boolean("is_active", true);
    return type;
}
