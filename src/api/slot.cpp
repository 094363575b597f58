// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slot.h"

#include "jsonreader.h"

Slot Slot::fromJson(const JsonReader &reader)
{
    Slot slot;
    slot.startsAt = reader.dateTime("starts_at");
    slot.endsAt = reader.dateTime("ends_at");
    slot.available = reader.boolean("available");
    if (!slot.startsAt.isValid())
        reader.fail(QStringLiteral("starts_at"), QStringLiteral("present"));
    return slot;
}
