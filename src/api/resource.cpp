// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resource.h"

#include "jsonreader.h"

Resource Resource::fromJson(const JsonReader &reader)
{
    Resource resource;
    resource.id = reader.id();
    resource.name = reader.string("name");
    resource.type = reader.string("type");
    resource.isActive = reader.boolean("is_active", true);
    return resource;
}
