// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksamples.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

QJsonObject contact(const QString &now)
{
    return {
        { QStringLiteral("id"), 42 },
        { QStringLiteral("name"), QStringLiteral("Sarah Johnson") },
        { QStringLiteral("phone"), QStringLiteral("+971501234567") },
        { QStringLiteral("email"), QStringLiteral("sarah@example.com") },
        { QStringLiteral("channel"), QStringLiteral("whatsapp") },
        { QStringLiteral("avatar_url"), QJsonValue::Null },
        { QStringLiteral("tags"), QJsonArray{ QStringLiteral("vip") } },
        { QStringLiteral("is_blacklisted"), false },
        { QStringLiteral("custom_fields"), QJsonObject{ { QStringLiteral("company"), QStringLiteral("Acme") } } },
        { QStringLiteral("last_message_at"), now },
        { QStringLiteral("created_at"), now },
        { QStringLiteral("updated_at"), now },
    };
}

QJsonObject message(const QString &now, bool inbound)
{
    return {
        { QStringLiteral("id"), 501 },
        { QStringLiteral("contact_id"), 42 },
        { QStringLiteral("channel"), QStringLiteral("whatsapp") },
        { QStringLiteral("direction"), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound") },
        { QStringLiteral("type"), QStringLiteral("text") },
        { QStringLiteral("content"), inbound ? QStringLiteral("Hello, is Tuesday at 2pm still free?")
                                             : QStringLiteral("Yes, see you on Tuesday at 14:00.") },
        { QStringLiteral("media_url"), QJsonValue::Null },
        { QStringLiteral("status"), inbound ? QStringLiteral("delivered") : QStringLiteral("sent") },
        { QStringLiteral("sent_by"), inbound ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QJsonObject{ { QStringLiteral("id"), 3 },
                                                                       { QStringLiteral("name"), QStringLiteral("Mona Saeed") } }) },
        { QStringLiteral("created_at"), now },
    };
}

QJsonObject booking(const QString &now, const QString &status)
{
    return {
        { QStringLiteral("id"), 101 },
        { QStringLiteral("contact_id"), 42 },
        { QStringLiteral("booking_type_id"), 3 },
        { QStringLiteral("resource_id"), 1 },
        { QStringLiteral("title"), QStringLiteral("30-Minute Consultation \u2013 Sarah Johnson") },
        { QStringLiteral("starts_at"), QStringLiteral("2026-03-10T14:00:00.000000Z") },
        { QStringLiteral("ends_at"), QStringLiteral("2026-03-10T14:30:00.000000Z") },
        { QStringLiteral("status"), status },
        { QStringLiteral("notes"), QStringLiteral("First-time client") },
        { QStringLiteral("created_at"), now },
        { QStringLiteral("updated_at"), now },
    };
}

} // namespace

QJsonObject WebhookSamples::sample(const QString &event, const QString &now)
{
    if (event.startsWith(u"contact."))
        return contact(now);
    if (event == u"message.received")
        return message(now, true);
    if (event == u"message.sent")
        return message(now, false);
    if (event == u"booking.cancelled")
        return booking(now, QStringLiteral("cancelled"));
    if (event == u"booking.completed")
        return booking(now, QStringLiteral("completed"));
    if (event.startsWith(u"booking."))
        return booking(now, QStringLiteral("confirmed"));
    // ticket.created: v1 has no ticket endpoints, so this mirrors what the sandbox simulates.
    return {
        { QStringLiteral("id"), 7001 },
        { QStringLiteral("contact_id"), 42 },
        { QStringLiteral("subject"), QStringLiteral("Question about my invoice") },
        { QStringLiteral("status"), QStringLiteral("open") },
        { QStringLiteral("created_at"), now },
    };
}

} // namespace Sandbox
