// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookeventtext.h"

namespace {

struct KnownEvent
{
    const char *name;
    const char *description;
};

// The events of GET /webhooks/events in API v1, with the service's own descriptions as the
// source text; QT_TRANSLATE_NOOP puts them in the catalogue under WebhookEventText.
constexpr KnownEvent knownEvents[] = {
    {"contact.created", QT_TRANSLATE_NOOP("WebhookEventText", "A contact was created.")},
    {"contact.updated", QT_TRANSLATE_NOOP("WebhookEventText", "A contact was updated or its blacklist flag toggled.")},
    {"contact.deleted", QT_TRANSLATE_NOOP("WebhookEventText", "A contact was deleted.")},
    {"message.received", QT_TRANSLATE_NOOP("WebhookEventText", "An inbound message arrived from a contact.")},
    {"message.sent", QT_TRANSLATE_NOOP("WebhookEventText", "A message was sent to a contact.")},
    {"booking.created", QT_TRANSLATE_NOOP("WebhookEventText", "A booking was created.")},
    {"booking.updated", QT_TRANSLATE_NOOP("WebhookEventText", "A booking was changed or rescheduled.")},
    {"booking.cancelled", QT_TRANSLATE_NOOP("WebhookEventText", "A booking was cancelled.")},
    {"booking.completed", QT_TRANSLATE_NOOP("WebhookEventText", "A booking was marked completed.")},
    {"ticket.created", QT_TRANSLATE_NOOP("WebhookEventText", "A support ticket was created.")},
};

const KnownEvent *lookup(const QString &name)
{
    for (const KnownEvent &event : knownEvents) {
        if (name == QLatin1String(event.name))
            return &event;
    }
    return nullptr;
}

} // namespace

bool WebhookEventText::isKnown(const QString &name)
{
    return lookup(name) != nullptr;
}

QString WebhookEventText::description(const WebhookEvent &event)
{
    const KnownEvent *known = lookup(event.name);
    return known ? tr(known->description) : event.description;
}
