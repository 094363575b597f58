// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook.h"

#include "jsonreader.h"

Webhook Webhook::fromJson(const JsonReader &reader)
{
    Webhook webhook;
    webhook.id = reader.id();
    webhook.url = reader.string("url");
    webhook.description = reader.string("description");
    webhook.events = reader.stringList("events");
    webhook.isActive = reader.boolean("is_active", true);
    webhook.secret = reader.string("secret");
    webhook.createdAt = reader.dateTime("created_at");
    webhook.updatedAt = reader.dateTime("updated_at");
    return webhook;
}
