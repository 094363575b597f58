// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdelivery.h"

#include "jsonreader.h"

#include <QJsonDocument>

WebhookDelivery WebhookDelivery::fromJson(const JsonReader &reader)
{
    WebhookDelivery delivery;
    delivery.id = reader.id();
    delivery.webhookId = reader.integer("webhook_id");
    delivery.event = reader.string("event");
    delivery.status = reader.string("status");
    delivery.attempt = int(reader.integer("attempt", 1));
    if (const std::optional<qint64> status = reader.optionalInteger("response_status"))
        delivery.responseStatus = int(*status);
    delivery.durationMs = int(reader.integer("duration_ms"));
    delivery.requestBody = reader.string("request_body");
    delivery.responseBody = reader.string("response_body");
    delivery.error = reader.string("error");
    delivery.createdAt = reader.dateTime("created_at");
    return delivery;
}

QString WebhookDelivery::requestBodyText() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return requestBody; // not JSON: show exactly what was sent
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}
