// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userref.h"

#include "jsonreader.h"

UserRef UserRef::fromJson(const JsonReader &reader)
{
    UserRef user;
    user.id = reader.id();
    user.name = reader.string("name");
    return user;
}
