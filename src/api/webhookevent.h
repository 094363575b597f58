// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JsonReader;

// One of the event types a webhook can subscribe to (GET /webhooks/events).
struct WebhookEvent
{
    QString name; // e.g. booking.created
    QString description;

    static WebhookEvent fromJson(const JsonReader &reader);
};
