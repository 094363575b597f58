// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class JsonReader;

// One attempt to deliver an event to a webhook (the delivery log).
struct WebhookDelivery
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QString event;
    QString status; // success, failed, pending
    int attempt = 1;
    std::optional<int> responseStatus; // none when no HTTP answer came
    int durationMs = 0;
    QString requestBody;
    QString responseBody; // the first 2 KB
    QString error; // empty when the endpoint answered
    QDateTime createdAt;

    // The request body as a person reads it: indented when it is JSON (what the API sends),
    // exactly as sent when it is not. Here so that the panes that show it see no JSON.
    QString requestBodyText() const;

    static WebhookDelivery fromJson(const JsonReader &reader);
};
