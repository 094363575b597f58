// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerecords.h"

#include "../core/clock.h"
#include "../core/database.h"
#include "../core/eventbus.h"
#include "../core/servicecontext.h"

#include <QSqlQuery>

namespace Sandbox::MessageRecords {

namespace {
QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}
} // namespace

QJsonObject fromRow(const QSqlQuery &query, int o)
{
    QJsonValue sentBy;
    if (!query.value(o + 8).isNull()) {
        sentBy = QJsonObject { { QStringLiteral("id"), query.value(o + 8).toLongLong() },
            { QStringLiteral("name"), query.value(o + 9).toString() } };
    }
    return { { QStringLiteral("id"), query.value(o).toLongLong() },
        { QStringLiteral("contact_id"), query.value(o + 1).toLongLong() },
        { QStringLiteral("channel"), query.value(o + 2).toString() },
        { QStringLiteral("direction"), query.value(o + 3).toString() },
        { QStringLiteral("type"), query.value(o + 4).toString() },
        { QStringLiteral("content"), nullable(query.value(o + 5)) },
        { QStringLiteral("media_url"), nullable(query.value(o + 6)) },
        { QStringLiteral("status"), query.value(o + 7).toString() },
        { QStringLiteral("sent_by"), sentBy },
        { QStringLiteral("created_at"), query.value(o + 10).toString() } };
}

std::optional<QJsonObject> find(const Database &database, qint64 id)
{
    QSqlQuery query = database.exec(QStringLiteral("SELECT %1 FROM %2 WHERE m.id = ?")
                                        .arg(QLatin1String(columns), QLatin1String(from)),
        { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<QJsonObject> receiveInbound(ServiceContext &context, qint64 contactId,
    const QString &content, const QString &type, const QString &mediaUrl)
{
    const QVariant channel = context.database.scalar(
        QStringLiteral("SELECT channel FROM contacts WHERE id = ?"), { contactId });
    if (!channel.isValid())
        return std::nullopt;
    const qint64 id = context.database.insert(
        QStringLiteral(
            "INSERT INTO messages(contact_id, channel, direction, type, content, media_url, status,"
            " created_at) VALUES (?, ?, 'inbound', ?, ?, ?, 'delivered', ?)"),
        { contactId, channel, type, content.isNull() ? QVariant() : QVariant(content),
            mediaUrl.isEmpty() ? QVariant() : QVariant(mediaUrl), context.clock.nowStamp() });
    const std::optional<QJsonObject> message = find(context.database, id);
    if (message)
        Q_EMIT context.events.publish(QStringLiteral("message.received"), *message);
    return message;
}

} // namespace Sandbox::MessageRecords
