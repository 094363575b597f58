// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "apikeystore.h"
#include "envelope.h"
#include "faultinjector.h"
#include "faultresponse.h"
#include "ratelimiter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <exception>

Q_LOGGING_CATEGORY(lcSandboxHttp, "skylight.sandbox.http", QtInfoMsg)

namespace Sandbox {

struct Router::Route
{
    QString method;
    QString pattern;
    QStringList segments;
    Handler handler;
};

// A request on its way through the pipeline, kept alive across an injected latency.
struct Router::Pending
{
    Request request;
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    std::optional<FaultInjector::Fault> fault; // the fault that hit it, if any
    std::optional<Response> ranEarly; // the real answer, when the fault ran it first
};

namespace {

const QString developerPrefix = QStringLiteral("/_sandbox/");

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// Higher for routes whose literal segments come earlier: /bookings/types beats /bookings/{id}.
quint64 specificity(const QStringList &segments)
{
    quint64 score = 0;
    for (int i = 0; i < segments.size() && i < 63; ++i) {
        if (!isParameter(segments.at(i)))
            score |= quint64(1) << (62 - i);
    }
    return score;
}

bool matches(const QStringList &routeSegments, const QStringList &pathSegments, QStringList *args)
{
    if (routeSegments.size() != pathSegments.size())
        return false;
    QStringList values;
    for (int i = 0; i < routeSegments.size(); ++i) {
        if (isParameter(routeSegments.at(i)))
            values.append(pathSegments.at(i));
        else if (routeSegments.at(i) != pathSegments.at(i))
            return false;
    }
    *args = values;
    return true;
}

QString bearerKey(const Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7
        && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(authorization.mid(7).trimmed());
    return QString::fromUtf8(request.header("x-api-key").trimmed());
}

QString originHost(const Request &request)
{
    const QByteArray origin = request.header("origin");
    const QByteArray source = origin.isEmpty() ? request.header("referer") : origin;
    if (source.isEmpty())
        return {};
    const QString host = QUrl(QString::fromUtf8(source)).host();
    // An Origin the server cannot read ("null", garbage) must not slip past a whitelist.
    return host.isEmpty() ? QStringLiteral("(unknown)") : host;
}

} // namespace

Router::Router(ApiKeyStore &keys, RateLimiter &rateLimiter, FaultInjector &faults, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_rateLimiter(rateLimiter)
    , m_faults(faults)
{
}

Router::~Router() = default;

void Router::get(const QString &pattern, Handler handler)
{
    add(QStringLiteral("GET"), pattern, std::move(handler));
}
void Router::post(const QString &pattern, Handler handler)
{
    add(QStringLiteral("POST"), pattern, std::move(handler));
}
void Router::put(const QString &pattern, Handler handler)
{
    add(QStringLiteral("PUT"), pattern, std::move(handler));
}
void Router::patch(const QString &pattern, Handler handler)
{
    add(QStringLiteral("PATCH"), pattern, std::move(handler));
}
void Router::del(const QString &pattern, Handler handler)
{
    add(QStringLiteral("DELETE"), pattern, std::move(handler));
}

void Router::add(const QString &method, const QString &pattern, Handler handler)
{
    auto route = std::make_shared<Route>();
    route->method = method.toUpper();
    route->pattern = pattern;
    route->segments = segmentsOf(pattern);
    route->handler = std::move(handler);
    m_routes.append(route);
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> table;
    for (const auto &route : m_routes)
        table.append({ route->method, route->pattern });
    return table;
}

void Router::attach(QHttpServer &server)
{
    server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

Request Router::toRequest(const QHttpServerRequest &request)
{
    Request result;
    result.method = methodName(request.method());
    result.path = request.url().path(QUrl::FullyDecoded);
    // Form encoding, as a PHP/Laravel server reads it: a raw '+' in the query is a space;
    // a literal plus arrives as %2B.
    QString query = request.url().query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    result.query = QUrlQuery(query);
    const auto headers = request.headers();
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        if (!result.headers.contains(name))
            result.headers.insert(name, header.second);
    }
    result.body = request.body();
    return result;
}

void Router::addRateHeaders(Response &response, qint64 keyId, bool counted, int remaining)
{
    int left = m_rateLimiter.limit();
    if (counted)
        left = remaining;
    else if (keyId > 0)
        left = m_rateLimiter.peek(keyId).remaining;
    response.setHeader("X-RateLimit-Limit", QByteArray::number(m_rateLimiter.limit()));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(left));
}

Response Router::dispatch(Request &request)
{
    if (request.body.size() > maxBodyBytes) {
        Response response
            = Envelope::error(413, QStringLiteral("The request body is larger than 1 MB."));
        addRateHeaders(response, 0, false, 0);
        return response;
    }
    const std::optional<ApiKey> key = m_keys.find(bearerKey(request));
    if (!key || key->revoked) {
        Response response = Envelope::error(401, QStringLiteral("Unauthenticated."));
        addRateHeaders(response, 0, false, 0);
        return response;
    }
    request.apiKeyId = key->id;
    m_keys.touch(key->id);
    const QString host = originHost(request);
    if (!key->domains.isEmpty() && !host.isEmpty()
        && !ApiKeyStore::hostAllowed(host, key->domains)) {
        Response response = Envelope::error(
            403, QStringLiteral("This domain is not allowed to use this API key."));
        addRateHeaders(response, key->id, false, 0);
        return response;
    }
    if (request.path.startsWith(developerPrefix)) {
        Response response = route(request);
        addRateHeaders(response, key->id, false, 0);
        return response;
    }
    const RateLimiter::Decision decision = m_rateLimiter.hit(key->id);
    if (!decision.allowed) {
        Response response = Envelope::error(429, QStringLiteral("Too Many Attempts."));
        response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        addRateHeaders(response, key->id, true, 0);
        return response;
    }
    Response response = route(request);
    addRateHeaders(response, key->id, true, decision.remaining);
    return response;
}

Response Router::route(Request &request)
{
    const QStringList pathSegments = segmentsOf(request.path);
    // The most specific pattern that fits the path names the resource (/bookings/types,
    // not /bookings/{id}); its methods decide between the handler and 405.
    quint64 bestScore = 0;
    bool found = false;
    for (const auto &candidate : std::as_const(m_routes)) {
        QStringList args;
        if (matches(candidate->segments, pathSegments, &args)) {
            const quint64 score = specificity(candidate->segments);
            bestScore = found ? std::max(bestScore, score) : score;
            found = true;
        }
    }
    if (!found)
        return Envelope::error(404, QStringLiteral("Not found."));
    std::shared_ptr<Route> best;
    QStringList bestArgs;
    QStringList allowed;
    for (const auto &candidate : std::as_const(m_routes)) {
        QStringList args;
        if (!matches(candidate->segments, pathSegments, &args)
            || specificity(candidate->segments) != bestScore)
            continue;
        if (candidate->method == request.method) {
            best = candidate;
            bestArgs = args;
        } else {
            allowed.append(candidate->method);
        }
    }
    if (!best) {
        allowed.removeDuplicates();
        Response response = Envelope::error(405,
            QStringLiteral("The %1 method is not supported for this route.").arg(request.method));
        response.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return response;
    }
    request.args = bestArgs;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return Envelope::error(400, QStringLiteral("Malformed JSON body."));
        request.json
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    try {
        return best->handler(request);
    } catch (const std::exception &e) {
        qCWarning(lcSandboxHttp) << request.method << best->pattern << "failed:" << e.what();
    } catch (...) {
        qCWarning(lcSandboxHttp) << request.method << best->pattern
                                 << "failed with an unknown exception";
    }
    return Envelope::error(500, QStringLiteral("Server Error."));
}

void Router::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    auto pending = std::make_shared<Pending>();
    pending->request = toRequest(httpRequest);
    pending->socket = responder.socket();
    pending->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    Request &request = pending->request;
    qCDebug(lcSandboxHttp) << request.method << request.path;

    // Faults apply only to authenticated, non-developer requests, after the rate limit.
    const std::optional<ApiKey> key = m_keys.find(bearerKey(request));
    const bool faultable = key && !key->revoked && !request.path.startsWith(developerPrefix)
        && request.body.size() <= maxBodyBytes;
    const std::optional<FaultInjector::Fault> fault
        = faultable ? m_faults.take(request.method, request.path) : std::nullopt;
    if (!fault) {
        write(*pending->responder, dispatch(request), request.method == QStringLiteral("HEAD"));
        return;
    }
    pending->fault = fault;
    // A late fault: the request is stored before anything goes wrong on the way back.
    if (fault->afterRun)
        pending->ranEarly = dispatch(request);
    switch (fault->kind) {
    case FaultInjector::Kind::Latency:
        QTimer::singleShot(std::clamp(fault->latencyMs, 0, int(FaultInjector::maxLatencyMs)), this,
            [this, pending] { continueAfterLatency(pending); });
        return;
    case FaultInjector::Kind::Drop:
        if (pending->socket)
            pending->socket->abort();
        return;
    case FaultInjector::Kind::Truncated:
    case FaultInjector::Kind::DropAfterHeaders:
    case FaultInjector::Kind::WrongTypes:
    case FaultInjector::Kind::SuccessFalse:
        finish(pending);
        return;
    case FaultInjector::Kind::Status:
    case FaultInjector::Kind::RateLimit:
    case FaultInjector::Kind::Malformed:
        break;
    }
    Response response;
    if (fault->kind == FaultInjector::Kind::Status) {
        response = Envelope::error(fault->status, QStringLiteral("Injected fault."));
    } else if (fault->kind == FaultInjector::Kind::RateLimit) {
        response = Envelope::error(429, QStringLiteral("Too Many Attempts."));
        response.setHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else {
        response.body = QByteArrayLiteral("{\"success\": true, \"data\": {\"id\": 1,, \"name\": }");
    }
    addRateHeaders(response, key->id, false, 0);
    if (fault->kind == FaultInjector::Kind::RateLimit)
        response.setHeader("X-RateLimit-Remaining", "0");
    write(*pending->responder, response, request.method == QStringLiteral("HEAD"));
}

void Router::continueAfterLatency(const std::shared_ptr<Pending> &pending)
{
    // The client may have given up while we waited; writing to a gone socket crashes 6.4.
    if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState)
        return;
    finish(pending);
}

void Router::finish(const std::shared_ptr<Pending> &pending)
{
    Response response = pending->ranEarly ? *pending->ranEarly : dispatch(pending->request);
    const bool headersOnly = pending->request.method == QStringLiteral("HEAD");
    const auto kind = pending->fault ? pending->fault->kind : FaultInjector::Kind::Latency;
    switch (kind) {
    case FaultInjector::Kind::Truncated:
        response = FaultResponse::truncated(response);
        break;
    case FaultInjector::Kind::WrongTypes:
        response = FaultResponse::withWrongTypes(response);
        break;
    case FaultInjector::Kind::SuccessFalse:
        response = FaultResponse::withSuccessFalse(response);
        break;
    case FaultInjector::Kind::DropAfterHeaders: {
        // Announce the whole body, send half of it, hang up: a 2xx the client never completes.
        const QByteArray body = response.body;
        response.body = FaultResponse::truncated(response).body;
        const QByteArray announced = QByteArray::number(body.size());
        write(*pending->responder, response, headersOnly, announced);
        if (pending->socket)
            pending->socket->disconnectFromHost();
        return;
    }
    default:
        break;
    }
    write(*pending->responder, response, headersOnly);
}

void Router::write(QHttpServerResponder &responder, const Response &response, bool headersOnly,
    const QByteArray &contentLength)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length",
        contentLength.isEmpty() ? QByteArray::number(response.body.size()) : contentLength);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    // An answer to HEAD has the headers of the full answer and no body (RFC 9110 9.3.2).
    responder.writeBody(headersOnly ? QByteArray() : response.body);
}

} // namespace Sandbox
