// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookinput.h"

#include <QJsonArray>

QJsonObject WebhookInput::toJson() const
{
    QJsonObject json;
    if (url)
        json.insert(QStringLiteral("url"), *url);
    if (description)
        json.insert(QStringLiteral("description"), *description);
    if (events)
        json.insert(QStringLiteral("events"), QJsonArray::fromStringList(*events));
    if (isActive)
        json.insert(QStringLiteral("is_active"), *isActive);
    return json;
}
