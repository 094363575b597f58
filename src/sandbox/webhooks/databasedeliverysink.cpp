// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasedeliverysink.h"

#include "webhooklogging.h"

#include "core/clock.h"
#include "core/database.h"


namespace Sandbox {

DatabaseDeliverySink::DatabaseDeliverySink(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

qint64 DatabaseDeliverySink::attemptStarted(const DeliveryAttempt &attempt)
{
    try {
        return m_database.insert(
            QStringLiteral("INSERT INTO webhook_deliveries (webhook_id, event, status, attempt, request_body,"
                           " created_at) VALUES (?, ?, 'pending', ?, ?, ?)"),
            { attempt.webhookId, attempt.event, attempt.attempt, QString::fromUtf8(attempt.requestBody),
              m_clock.nowStamp() });
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "could not record a delivery attempt:" << error.what();
        return 0;
    }
}

void DatabaseDeliverySink::attemptFinished(const DeliveryAttempt &attempt)
{
    if (attempt.id == 0)
        return;
    try {
        m_database.exec(
            QStringLiteral("UPDATE webhook_deliveries SET status = ?, response_status = ?, duration_ms = ?,"
                           " response_body = ?, error = ? WHERE id = ?"),
            { attempt.status,
              attempt.responseStatus > 0 ? QVariant(attempt.responseStatus) : QVariant(),
              attempt.durationMs,
              attempt.responseStatus > 0 ? QVariant(QString::fromUtf8(attempt.responseBody)) : QVariant(),
              attempt.error.isEmpty() ? QVariant() : QVariant(attempt.error),
              attempt.id });
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "could not record a delivery outcome:" << error.what();
    }
}

QString DatabaseDeliverySink::signingSecret(qint64 webhookId)
{
    try {
        return m_database.scalar(QStringLiteral("SELECT secret FROM webhooks WHERE id = ?"), { webhookId })
            .toString();
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "could not read a webhook secret:" << error.what();
        return QString();
    }
}

} // namespace Sandbox
