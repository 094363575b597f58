// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apienvelope.h"

#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

ApiResult<ApiEnvelope> ApiEnvelope::fromSuccessBody(int httpStatus, const QByteArray &body)
{
    ApiEnvelope envelope;
    envelope.httpStatus = httpStatus;
    if (body.trimmed().isEmpty())
        return envelope;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::malformed(QStringLiteral("body is not JSON: ") + parseError.errorString());
    if (!document.isObject())
        return ApiError::malformed(QStringLiteral("body is not a JSON object"));

    const JsonReader reader(document.object(), QStringLiteral("envelope"));
    envelope.message = reader.string("message");
    envelope.data = document.object().value(QLatin1String("data"));
    if (reader.has("meta")) {
        const JsonReader metaReader = reader.child("meta");
        envelope.meta = PageMeta::fromJson(metaReader);
    }
    if (!reader.ok())
        return ApiError::malformed(reader.error());
    return envelope;
}

ApiError ApiEnvelope::errorFromBody(int httpStatus, const QByteArray &body)
{
    ApiError::Kind kind = ApiError::kindForStatus(httpStatus);
    if (kind == ApiError::Kind::None)
        kind = ApiError::Kind::Network; // a 2xx that failed anyway: the answer was cut off
    ApiError error(kind, httpStatus);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return error; // an HTML error page from a proxy still carries a usable status

    const QJsonObject object = document.object();
    error.fromErrorEnvelope = object.value(QLatin1String("success")) == QJsonValue(false);
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString())
        error.serverMessage = message.toString();

    // Laravel sends field -> [messages]; a bare string per field is accepted too.
    const QJsonObject errors = object.value(QLatin1String("errors")).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        QStringList messages;
        if (it.value().isString()) {
            messages.append(it.value().toString());
        } else {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &item : array) {
                if (item.isString())
                    messages.append(item.toString());
            }
        }
        if (!messages.isEmpty())
            error.fieldErrors.insert(it.key(), messages);
    }
    return error;
}
