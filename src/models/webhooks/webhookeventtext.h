// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhookevent.h"

#include <QCoreApplication>

// What an event means, in the user's language. GET /webhooks/events describes its events in
// English; the client knows the ten events of API v1 and translates their descriptions. An
// event it does not know (a newer service) keeps the server's own text rather than nothing.
class WebhookEventText final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookEventText)

public:
    static bool isKnown(const QString &name);
    static QString description(const WebhookEvent &event);
};
