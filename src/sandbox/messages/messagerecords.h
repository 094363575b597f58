// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace Sandbox {

class Database;
struct ServiceContext;

// Messages as the API shows them, shared by the messages endpoints, the developer surface
// and the traffic simulator.
namespace MessageRecords {

inline constexpr const char *columns
    = "m.id, m.contact_id, m.channel, m.direction, m.type, m.content, m.media_url, m.status,"
      " m.sent_by, t.name, m.created_at";
inline constexpr const char *from = "messages m LEFT JOIN team_members t ON t.id = m.sent_by";

QJsonObject fromRow(const QSqlQuery &query, int offset = 0);
std::optional<QJsonObject> find(const Database &database, qint64 id);

// Stores an inbound message for the contact on its channel, raising the conversation's
// unread count, and publishes message.received. nullopt when the contact does not exist.
std::optional<QJsonObject> receiveInbound(ServiceContext &context, qint64 contactId,
    const QString &content, const QString &type = QStringLiteral("text"),
    const QString &mediaUrl = {});

} // namespace MessageRecords
} // namespace Sandbox
