// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

namespace {
ApiRequest make(const QByteArray &method, const QString &path, std::optional<QJsonObject> body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    return request;
}
} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request = make(QByteArrayLiteral("GET"), path, std::nullopt);
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    return make(QByteArrayLiteral("POST"), path, body);
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    return make(QByteArrayLiteral("PUT"), path, body);
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonObject &body)
{
    return make(QByteArrayLiteral("PATCH"), path, body);
}

ApiRequest ApiRequest::remove(const QString &path)
{
    return make(QByteArrayLiteral("DELETE"), path, std::nullopt);
}
