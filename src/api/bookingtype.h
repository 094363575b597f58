// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JsonReader;

// A bookable service; its duration decides a booking's length.
struct BookingType
{
    qint64 id = 0;
    QString name;
    int durationMinutes = 0;
    QString description;
    bool isActive = true;

    static BookingType fromJson(const JsonReader &reader);
};
