// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookpayload.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace Sandbox {

QString WebhookPayload::newEventId()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray random(reinterpret_cast<const char *>(words), sizeof(words));
    return QStringLiteral("evt_") + QString::fromLatin1(random.toHex());
}

QByteArray WebhookPayload::build(const QString &event, const QString &createdAt, const QJsonObject &data)
{
    const QJsonObject envelope{
        { QStringLiteral("id"), newEventId() },
        { QStringLiteral("event"), event },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("data"), data },
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace Sandbox
