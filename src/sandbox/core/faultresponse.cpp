// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultresponse.h"

#include <QJsonDocument>

namespace Sandbox::FaultResponse {

namespace {

QJsonValue stringifyIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(stringifyIds(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("id") && it.value().isDouble())
            it.value() = QStringLiteral("id-%1").arg(qint64(it.value().toDouble()));
        else
            it.value() = stringifyIds(it.value());
    }
    return object;
}

} // namespace

Response withWrongTypes(Response response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject())
        return response;
    response.body = QJsonDocument(stringifyIds(document.object()).toObject())
                        .toJson(QJsonDocument::Compact);
    return response;
}

Response withSuccessFalse(Response response)
{
    const QJsonObject envelope { { QStringLiteral("success"), false },
        { QStringLiteral("message"), QStringLiteral("Injected fault.") },
        { QStringLiteral("data"), QJsonValue() } };
    response.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return response;
}

Response truncated(Response response)
{
    response.body.truncate(response.body.size() / 2);
    return response;
}

} // namespace Sandbox::FaultResponse
