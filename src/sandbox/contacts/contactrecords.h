// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace Sandbox {

class Database;

// Contacts as the API shows them, shared by the contacts, conversations and developer
// surface endpoints.
namespace ContactRecords {

// Selected with alias "c"; fromRow() reads them from column `offset` on.
inline constexpr const char *columns
    = "c.id, c.name, c.phone, c.email, c.channel, c.avatar_url, c.tags, c.is_blacklisted,"
      " c.custom_fields, c.last_message_at, c.created_at, c.updated_at";

QJsonObject fromRow(const QSqlQuery &query, int offset = 0);
std::optional<QJsonObject> find(const Database &database, qint64 id);
bool exists(const Database &database, qint64 id);

// The channels of the contract, in its order.
const QStringList &channels();

} // namespace ContactRecords
} // namespace Sandbox
