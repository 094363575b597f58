// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The body of POST /webhooks (url and events required) and PUT /webhooks/{id} (any subset).
struct WebhookInput
{
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<QStringList> events;
    std::optional<bool> isActive;

    QJsonObject toJson() const;
};
