// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

// User-initiated requests leave the queue before background refreshes.
enum class RequestPriority
{
    User,
    Background
};

// One call as the API classes describe it; ApiClient turns it into a QNetworkRequest.
struct ApiRequest
{
    using Priority = RequestPriority;

    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below the base URL, e.g. "/contacts/42"
    QUrlQuery query;
    std::optional<QJsonObject> body;
    Priority priority = Priority::User;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body = {});
    static ApiRequest put(const QString &path, const QJsonObject &body);
    static ApiRequest patch(const QString &path, const QJsonObject &body);
    static ApiRequest remove(const QString &path);
};
