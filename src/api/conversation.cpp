// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation.h"

#include "jsonreader.h"

Conversation Conversation::fromJson(const JsonReader &reader)
{
    Conversation conversation;
    conversation.id = reader.id();
    const JsonReader contact = reader.child("contact");
    conversation.contact.id = contact.integer("id");
    conversation.contact.name = contact.string("name");
    conversation.contact.phone = contact.string("phone");
    conversation.contact.avatarUrl = contact.string("avatar_url");
    conversation.channel = reader.string("channel");
    if (reader.has("last_message"))
        conversation.lastMessage = Message::fromJson(reader.child("last_message"));
    conversation.unreadCount = int(reader.integer("unread_count"));
    conversation.updatedAt = reader.dateTime("updated_at");
    return conversation;
}
