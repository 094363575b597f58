// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Sandbox {

class Database;
struct Pagination;

struct WebhookRow
{
    qint64 id = 0;
    QString url;
    QVariant description; // null or a string
    QStringList events;
    bool isActive = true;
    QString secret;
    QString createdAt;
    QString updatedAt;

    // The secret in full only where the contract allows it (create, regenerate).
    QJsonObject toJson(bool revealSecret) const;
};

// The SQL behind the webhooks endpoints and the event fan-out.
class WebhookStore
{
public:
    explicit WebhookStore(Database &database);

    std::optional<WebhookRow> webhook(qint64 id) const;
    QList<WebhookRow> list(const Pagination &page, qint64 *total) const;
    // Active webhooks subscribed to event.
    QList<WebhookRow> subscribers(const QString &event) const;
    qint64 insert(const WebhookRow &row) const;
    void update(const WebhookRow &row) const;
    void remove(qint64 id) const;

    // The deliveries of one webhook, newest first. status/event empty = any.
    QList<QJsonObject> deliveries(qint64 webhookId, const QString &status, const QString &event,
                                  const Pagination &page, qint64 *total) const;
    std::optional<QJsonObject> delivery(qint64 deliveryId) const;

private:
    Database &m_database;
};

} // namespace Sandbox
