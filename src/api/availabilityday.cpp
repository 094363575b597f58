// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilityday.h"

#include "jsonreader.h"

AvailabilityDay AvailabilityDay::fromJson(const JsonReader &reader)
{
    AvailabilityDay day;
    day.date = reader.date("date");
    day.timeSlots = reader.list<Slot>("slots");
    return day;
}
