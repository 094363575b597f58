// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookevent.h"

#include "jsonreader.h"

WebhookEvent WebhookEvent::fromJson(const JsonReader &reader)
{
    WebhookEvent event;
    event.name = reader.string("name");
    event.description = reader.string("description");
    if (event.name.isEmpty())
        reader.fail(QStringLiteral("name"), QStringLiteral("a non-empty string"));
    return event;
}
