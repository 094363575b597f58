// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

#include "customfieldsjson.h"
#include "jsonreader.h"

Contact Contact::fromJson(const JsonReader &reader)
{
    Contact contact;
    contact.id = reader.id();
    contact.name = reader.string("name");
    contact.phone = reader.string("phone");
    contact.email = reader.string("email");
    contact.channel = reader.string("channel");
    contact.avatarUrl = reader.string("avatar_url");
    contact.tags = reader.stringList("tags");
    contact.isBlacklisted = reader.boolean("is_blacklisted");
    contact.customFields = CustomFieldsJson::fromJson(reader.jsonObject("custom_fields"));
    contact.lastMessageAt = reader.dateTime("last_message_at");
    contact.createdAt = reader.dateTime("created_at");
    contact.updatedAt = reader.dateTime("updated_at");
    return contact;
}
