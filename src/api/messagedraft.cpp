// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagedraft.h"

QJsonObject MessageDraft::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("contact_id"), contactId);
    if (!channel.isEmpty())
        json.insert(QStringLiteral("channel"), channel);
    if (!type.isEmpty())
        json.insert(QStringLiteral("type"), type);
    if (!content.isEmpty())
        json.insert(QStringLiteral("content"), content);
    if (!mediaUrl.isEmpty())
        json.insert(QStringLiteral("media_url"), mediaUrl);
    return json;
}
