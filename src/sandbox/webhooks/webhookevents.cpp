// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookevents.h"

namespace Sandbox {

const QList<WebhookEvent> &WebhookEvents::all()
{
    static const QList<WebhookEvent> events = {
        { QStringLiteral("contact.created"), QStringLiteral("A contact was created.") },
        { QStringLiteral("contact.updated"), QStringLiteral("A contact was updated or its blacklist flag toggled.") },
        { QStringLiteral("contact.deleted"), QStringLiteral("A contact was deleted.") },
        { QStringLiteral("message.received"), QStringLiteral("An inbound message arrived from a contact.") },
        { QStringLiteral("message.sent"), QStringLiteral("A message was sent to a contact.") },
        { QStringLiteral("booking.created"), QStringLiteral("A booking was created.") },
        { QStringLiteral("booking.updated"), QStringLiteral("A booking was changed or rescheduled.") },
        { QStringLiteral("booking.cancelled"), QStringLiteral("A booking was cancelled.") },
        { QStringLiteral("booking.completed"), QStringLiteral("A booking was marked completed.") },
        { QStringLiteral("ticket.created"), QStringLiteral("A support ticket was created.") },
    };
    return events;
}

bool WebhookEvents::isKnown(QStringView name)
{
    for (const WebhookEvent &event : all()) {
        if (event.name == name)
            return true;
    }
    return false;
}

} // namespace Sandbox
