// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

// What one test request got back. status is 0 when no HTTP response arrived.
struct TestReply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    bool jsonValid = false;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;

    QJsonObject object() const { return json.object(); }
    QJsonValue data() const { return json.object().value(QStringLiteral("data")); }
    QJsonObject dataObject() const { return data().toObject(); }
    QJsonArray dataArray() const { return data().toArray(); }
    QJsonObject meta() const { return json.object().value(QStringLiteral("meta")).toObject(); }
    QJsonObject errors() const { return json.object().value(QStringLiteral("errors")).toObject(); }
    QString message() const { return json.object().value(QStringLiteral("message")).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A small synchronous HTTP client for tests: QNetworkAccessManager plus a local event loop
// with a time-out, so a test reads like a script. Paths starting with "/api/" or "/_" are
// taken from the server root; any other path is appended to the base URL (…/api/v1).
class TestHttp
{
public:
    enum class Auth
    {
        Bearer,
        ApiKeyHeader,
        None
    };

    TestHttp(const QUrl &baseUrl, const QString &apiKey);

    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }
    void setAuth(Auth auth) { m_auth = auth; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    TestReply get(const QString &path, const QUrlQuery &query = {});
    TestReply post(const QString &path, const QJsonObject &body = {});
    TestReply put(const QString &path, const QJsonObject &body);
    TestReply patch(const QString &path, const QJsonObject &body);
    TestReply del(const QString &path);
    // Any method, raw body, extra headers: for malformed and oversized requests.
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QHash<QByteArray, QByteArray> &headers = {}, const QUrlQuery &query = {});

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QString m_apiKey;
    Auth m_auth = Auth::Bearer;
    int m_timeoutMs = 15000;
};
