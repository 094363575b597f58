// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammember.h"

#include "jsonreader.h"

TeamMember TeamMember::fromJson(const JsonReader &reader)
{
    TeamMember member;
    member.id = reader.id();
    member.name = reader.string("name");
    member.email = reader.string("email");
    member.role = reader.string("role");
    member.isActive = reader.boolean("is_active", true);
    member.lastSeenAt = reader.dateTime("last_seen_at");
    member.createdAt = reader.dateTime("created_at");
    return member;
}
