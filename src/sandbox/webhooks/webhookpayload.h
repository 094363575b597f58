// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// The delivery body: { "id": "evt_…", "event": …, "created_at": …, "data": {…} }.
class WebhookPayload
{
public:
    // createdAt is already formatted the way objects carry timestamps.
    static QByteArray build(const QString &event, const QString &createdAt, const QJsonObject &data);
    static QString newEventId();
};

} // namespace Sandbox
