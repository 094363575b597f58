// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request.h"
#include "response.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace Sandbox {

class ApiKeyStore;
class FaultInjector;
class RateLimiter;

// The sandbox's own dispatcher on top of QtHttpServer 6.4. All requests arrive through
// QHttpServer's missing handler and are routed here, because 6.4 cannot answer 405,
// skips afterRequest for responders, has no body-size limit, and cannot tell the rules
// apart for a route table. Every request passes, in order:
//   body > 1 MB → 413, key (Bearer or X-Api-Key) → 401, Origin/Referer whitelist → 403,
//   rate limit → 429 + Retry-After, injected faults, unknown path → 404,
//   known path with another method → 405, malformed JSON body → 400, then the handler
//   (a thrown exception, e.g. SqlError → 500).
// X-RateLimit-Limit and X-RateLimit-Remaining go on every response.
// Paths under /_sandbox/ (the developer surface) need the key but are neither rate
// limited nor subject to faults.
class Router : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Response(const Request &)>;

    struct RouteInfo
    {
        QString method; // "GET", "POST", "PUT", "PATCH", "DELETE"
        QString pattern; // full path, parameters in braces: "/api/v1/contacts/{id}"
    };

    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    Router(ApiKeyStore &keys, RateLimiter &rateLimiter, FaultInjector &faults,
        QObject *parent = nullptr);
    ~Router() override;

    void get(const QString &pattern, Handler handler);
    void post(const QString &pattern, Handler handler);
    void put(const QString &pattern, Handler handler);
    void patch(const QString &pattern, Handler handler);
    void del(const QString &pattern, Handler handler);
    void add(const QString &method, const QString &pattern, Handler handler);

    // Every registered method + pattern, in registration order (the OpenAPI test reads it).
    QList<RouteInfo> routes() const;

    // Makes this router answer every request of the server.
    void attach(QHttpServer &server);

    // Runs a request through the whole pipeline except transport concerns (faults that
    // need a socket); used by attach() and usable directly in unit tests.
    Response dispatch(Request &request);

private:
    struct Route;
    struct Pending;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void continueAfterLatency(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending);
    Response route(Request &request);
    void addRateHeaders(Response &response, qint64 keyId, bool counted, int remaining);
    // contentLength: what the header announces when it is not the body's size (a fault).
    static void write(QHttpServerResponder &responder, const Response &response, bool headersOnly,
        const QByteArray &contentLength = {});
    static Request toRequest(const QHttpServerRequest &request);

    ApiKeyStore &m_keys;
    RateLimiter &m_rateLimiter;
    FaultInjector &m_faults;
    QList<std::shared_ptr<Route>> m_routes;
};

} // namespace Sandbox
