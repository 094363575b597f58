// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookstore.h"

#include "webhooksigner.h"

#include "core/database.h"
#include "core/pagination.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Sandbox {

namespace {

const QString kWebhookColumns =
    QStringLiteral("id, url, description, events, is_active, secret, created_at, updated_at");
const QString kDeliveryColumns = QStringLiteral(
    "id, webhook_id, event, status, attempt, response_status, duration_ms, request_body, response_body,"
    " error, created_at");

QJsonValue nullableText(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue nullableNumber(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QStringList eventsFromJson(const QString &text)
{
    QStringList events;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        events.append(value.toString());
    return events;
}

QString eventsToJson(const QStringList &events)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact));
}

WebhookRow readWebhook(const QSqlQuery &query)
{
    WebhookRow row;
    row.id = query.value(0).toLongLong();
    row.url = query.value(1).toString();
    row.description = query.value(2).isNull() ? QVariant() : QVariant(query.value(2).toString());
    row.events = eventsFromJson(query.value(3).toString());
    row.isActive = query.value(4).toBool();
    row.secret = query.value(5).toString();
    row.createdAt = query.value(6).toString();
    row.updatedAt = query.value(7).toString();
    return row;
}

QJsonObject readDelivery(const QSqlQuery &query)
{
    return {
        { QStringLiteral("id"), query.value(0).toLongLong() },
        { QStringLiteral("webhook_id"), query.value(1).toLongLong() },
        { QStringLiteral("event"), query.value(2).toString() },
        { QStringLiteral("status"), query.value(3).toString() },
        { QStringLiteral("attempt"), query.value(4).toInt() },
        { QStringLiteral("response_status"), nullableNumber(query.value(5)) },
        { QStringLiteral("duration_ms"), nullableNumber(query.value(6)) },
        { QStringLiteral("request_body"), nullableText(query.value(7)) },
        { QStringLiteral("response_body"), nullableText(query.value(8)) },
        { QStringLiteral("error"), nullableText(query.value(9)) },
        { QStringLiteral("created_at"), query.value(10).toString() },
    };
}

} // namespace

QJsonObject WebhookRow::toJson(bool revealSecret) const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("url"), url },
        { QStringLiteral("description"), nullableText(description) },
        { QStringLiteral("events"), QJsonArray::fromStringList(events) },
        { QStringLiteral("is_active"), isActive },
        { QStringLiteral("secret"), revealSecret ? secret : WebhookSigner::maskSecret(secret) },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("updated_at"), updatedAt },
    };
}

WebhookStore::WebhookStore(Database &database)
    : m_database(database)
{
}

std::optional<WebhookRow> WebhookStore::webhook(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM webhooks WHERE id = ?").arg(kWebhookColumns), { id });
    if (!query.next())
        return std::nullopt;
    return readWebhook(query);
}

QList<WebhookRow> WebhookStore::list(const Pagination &page, qint64 *total) const
{
    if (total)
        *total = m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM webhooks")).toLongLong();
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM webhooks ORDER BY id LIMIT ? OFFSET ?").arg(kWebhookColumns),
        { page.perPage, page.offset() });
    QList<WebhookRow> rows;
    while (query.next())
        rows.append(readWebhook(query));
    return rows;
}

QList<WebhookRow> WebhookStore::subscribers(const QString &event) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM webhooks WHERE is_active = 1 AND EXISTS"
                       " (SELECT 1 FROM json_each(webhooks.events) WHERE value = ?) ORDER BY id")
            .arg(kWebhookColumns),
        { event });
    QList<WebhookRow> rows;
    while (query.next())
        rows.append(readWebhook(query));
    return rows;
}

qint64 WebhookStore::insert(const WebhookRow &row) const
{
    return m_database.insert(
        QStringLiteral("INSERT INTO webhooks (url, description, events, is_active, secret, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { row.url, row.description.isNull() ? QVariant(QMetaType::fromType<QString>()) : row.description,
          eventsToJson(row.events), row.isActive ? 1 : 0, row.secret, row.createdAt, row.updatedAt });
}

void WebhookStore::update(const WebhookRow &row) const
{
    m_database.exec(
        QStringLiteral("UPDATE webhooks SET url = ?, description = ?, events = ?, is_active = ?, secret = ?,"
                       " updated_at = ? WHERE id = ?"),
        { row.url, row.description.isNull() ? QVariant(QMetaType::fromType<QString>()) : row.description,
          eventsToJson(row.events), row.isActive ? 1 : 0, row.secret, row.updatedAt, row.id });
}

void WebhookStore::remove(qint64 id) const
{
    // Deliveries go with it (ON DELETE CASCADE needs foreign keys on; do it explicitly too).
    m_database.exec(QStringLiteral("DELETE FROM webhook_deliveries WHERE webhook_id = ?"), { id });
    m_database.exec(QStringLiteral("DELETE FROM webhooks WHERE id = ?"), { id });
}

QList<QJsonObject> WebhookStore::deliveries(qint64 webhookId, const QString &status, const QString &event,
                                            const Pagination &page, qint64 *total) const
{
    QString clause = QStringLiteral(" WHERE webhook_id = ?");
    QVariantList values{ webhookId };
    if (!status.isEmpty()) {
        clause += QStringLiteral(" AND status = ?");
        values.append(status);
    }
    if (!event.isEmpty()) {
        clause += QStringLiteral(" AND event = ?");
        values.append(event);
    }
    if (total)
        *total = m_database.scalar(u"SELECT COUNT(*) FROM webhook_deliveries" + clause, values).toLongLong();
    values << page.perPage << page.offset();
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM webhook_deliveries%2 ORDER BY id DESC LIMIT ? OFFSET ?")
            .arg(kDeliveryColumns, clause),
        values);
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(readDelivery(query));
    return rows;
}

std::optional<QJsonObject> WebhookStore::delivery(qint64 deliveryId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM webhook_deliveries WHERE id = ?").arg(kDeliveryColumns), { deliveryId });
    if (!query.next())
        return std::nullopt;
    return readDelivery(query);
}

} // namespace Sandbox
