// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slot.h"

#include <QDate>
#include <QList>

class JsonReader;

// GET /bookings/availability: the slots of one date for one booking type.
struct AvailabilityDay
{
    QDate date;
    QList<Slot> timeSlots; // "slots" is a Qt keyword

    static AvailabilityDay fromJson(const JsonReader &reader);
};
