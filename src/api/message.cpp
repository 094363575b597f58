// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include "jsonreader.h"

Message Message::fromJson(const JsonReader &reader)
{
    Message message;
    message.id = reader.id();
    message.contactId = reader.integer("contact_id");
    message.channel = reader.string("channel");
    message.direction = reader.string("direction");
    message.type = reader.string("type", QStringLiteral("text"));
    message.content = reader.string("content");
    message.mediaUrl = reader.string("media_url");
    message.status = reader.string("status");
    if (reader.has("sent_by"))
        message.sentBy = UserRef::fromJson(reader.child("sent_by"));
    message.createdAt = reader.dateTime("created_at");
    return message;
}
