// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

class JsonReader;

// One step of a day's availability (times in the seconds-only form 2026-03-10T09:00:00Z).
struct Slot
{
    QDateTime startsAt;
    QDateTime endsAt;
    bool available = false;

    static Slot fromJson(const JsonReader &reader);
};
