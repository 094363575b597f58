// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactrecords.h"

#include "../core/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Sandbox::ContactRecords {

namespace {

QJsonValue nullableString(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

} // namespace

QJsonObject fromRow(const QSqlQuery &query, int o)
{
    return { { QStringLiteral("id"), query.value(o).toLongLong() },
        { QStringLiteral("name"), query.value(o + 1).toString() },
        { QStringLiteral("phone"), nullableString(query.value(o + 2)) },
        { QStringLiteral("email"), nullableString(query.value(o + 3)) },
        { QStringLiteral("channel"), query.value(o + 4).toString() },
        { QStringLiteral("avatar_url"), nullableString(query.value(o + 5)) },
        { QStringLiteral("tags"),
            QJsonDocument::fromJson(query.value(o + 6).toString().toUtf8()).array() },
        { QStringLiteral("is_blacklisted"), query.value(o + 7).toBool() },
        { QStringLiteral("custom_fields"),
            QJsonDocument::fromJson(query.value(o + 8).toString().toUtf8()).object() },
        { QStringLiteral("last_message_at"), nullableString(query.value(o + 9)) },
        { QStringLiteral("created_at"), query.value(o + 10).toString() },
        { QStringLiteral("updated_at"), query.value(o + 11).toString() } };
}

std::optional<QJsonObject> find(const Database &database, qint64 id)
{
    if (id <= 0)
        return std::nullopt;
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT %1 FROM contacts c WHERE c.id = ?").arg(QLatin1String(columns)),
        { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

bool exists(const Database &database, qint64 id)
{
    return id > 0
        && database.scalar(QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), { id }).isValid();
}

const QStringList &channels()
{
    static const QStringList all = { QStringLiteral("whatsapp"), QStringLiteral("instagram"),
        QStringLiteral("messenger"), QStringLiteral("telegram"), QStringLiteral("sms"),
        QStringLiteral("email"), QStringLiteral("webchat") };
    return all;
}

} // namespace Sandbox::ContactRecords
