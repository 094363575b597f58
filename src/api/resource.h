// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JsonReader;

// A bookable resource: a staff member, a room, equipment.
struct Resource
{
    qint64 id = 0;
    QString name;
    QString type; // staff, room, ...
    bool isActive = true;

    static Resource fromJson(const JsonReader &reader);
};
