// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "booking.h"

#include "jsonreader.h"

Booking Booking::fromJson(const JsonReader &reader)
{
    Booking booking;
    booking.id = reader.id();
    booking.contactId = reader.integer("contact_id");
    booking.bookingTypeId = reader.integer("booking_type_id");
    booking.resourceId = reader.optionalInteger("resource_id");
    booking.title = reader.string("title");
    booking.startsAt = reader.dateTime("starts_at");
    booking.endsAt = reader.dateTime("ends_at");
    booking.status = reader.string("status");
    booking.notes = reader.string("notes");
    booking.createdAt = reader.dateTime("created_at");
    booking.updatedAt = reader.dateTime("updated_at");
    return booking;
}
