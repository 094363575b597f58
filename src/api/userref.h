// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JsonReader;

// A team member as other objects mention them (a note's author, a message's sender).
struct UserRef
{
    qint64 id = 0;
    QString name;

    static UserRef fromJson(const JsonReader &reader);
};
