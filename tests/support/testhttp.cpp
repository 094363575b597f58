// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttp.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

TestHttp::TestHttp(const QUrl &baseUrl, const QString &apiKey)
    : m_baseUrl(baseUrl)
    , m_apiKey(apiKey)
{
}

QUrl TestHttp::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    if (path.startsWith(QStringLiteral("/api/")) || path.startsWith(QStringLiteral("/_")))
        url.setPath(path);
    else
        url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

TestReply TestHttp::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, {}, {}, query);
}

TestReply TestHttp::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestReply TestHttp::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestReply TestHttp::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestReply TestHttp::del(const QString &path)
{
    return send("DELETE", path);
}

TestReply TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QHash<QByteArray, QByteArray> &headers, const QUrlQuery &query)
{
    QNetworkRequest request(url(path, query));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_auth == Auth::Bearer && !m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    else if (m_auth == Auth::ApiKeyHeader && !m_apiKey.isEmpty())
        request.setRawHeader("X-Api-Key", m_apiKey.toUtf8());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    // A custom "HEAD" would wait for the body its Content-Length announces.
    QNetworkReply *reply = method == "HEAD" ? m_manager.head(request)
                                            : m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    TestReply result;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&result, reply] {
        result.timedOut = true;
        reply->abort();
    });
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.error = reply->error();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(result.body, &parseError);
    result.jsonValid = parseError.error == QJsonParseError::NoError;
    reply->deleteLater();
    return result;
}
