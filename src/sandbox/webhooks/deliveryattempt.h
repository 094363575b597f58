// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

// One POST of one event to one webhook: a row of the deliveries log.
struct DeliveryAttempt
{
    qint64 id = 0;        // assigned by the sink when the attempt starts
    qint64 webhookId = 0;
    QString event;
    int attempt = 1;      // 1-based
    QString status = QStringLiteral("pending"); // pending | success | failed
    int responseStatus = 0; // 0 = no HTTP response
    QByteArray requestBody;
    QByteArray responseBody; // at most the first 2 KB
    qint64 durationMs = 0;
    QString error; // transport error; empty when an HTTP response arrived
};

} // namespace Sandbox
