// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "apiclientjob.h"
#include "apilogging.h"
#include "ratelimiter.h"
#include "singleusebody.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <vector>

#ifndef SKYLIGHT_VERSION
#define SKYLIGHT_VERSION "0.0.0"
#endif

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_rateLimiter(new RateLimiter(this))
    , m_status(new ConnectionStatus(this))
{
    Q_ASSERT(network);
    // A 2 s wake-up spread: desks that spent the key together wake over the second or two in
    // which the server's minute frees the places of the burst that spent it, each with one
    // probe first (RateLimiter). Without it all woke in one second into 6 429s; 10 s let the
    // first to wake overspend the next minute (bench_desks, docs/performance.md).
    m_rateLimiter->setWakeSpreadMs(2000);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    m_patienceTimer.setSingleShot(true);
    connect(&m_patienceTimer, &QTimer::timeout, this, &ApiClient::answerPendingFromCache);
    connect(m_status, &ConnectionStatus::stateChanged, this, [this] {
        if (m_status->isReachable())
            m_offlineBackoff.stop();
        else if (!m_offlineBackoff.isActive())
            m_offlineBackoff.start();
    });
    connect(m_rateLimiter, &RateLimiter::stateChanged, this, &ApiClient::rateStateChanged);
}

ApiClient::~ApiClient()
{
    // Callbacks must not run into a half-destroyed client: drop them all silently.
    for (auto &entry : m_jobs)
        abandon(*entry.second);
    m_jobs.clear();
}

void ApiClient::setConnection(const ApiConnection &connection)
{
    const bool sameAccount
        = connection.baseUrl == m_connection.baseUrl && connection.apiKey == m_connection.apiKey;
    m_connection = connection;
    m_unauthorizedReported = false;
    if (!sameAccount) {
        cancelAll();
        m_rateLimiter->reset();
        m_status->reset();
        m_patienceTimer.stop();
        m_cacheFirst = false;
    }
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_connection.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    // Encoded by hand: QUrlQuery leaves '+' alone, and servers read it as a space,
    // which would turn the phone search "+971" into " 971".
    QStringList pairs;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        pairs.append(QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second)));
    }
    if (pairs.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiClient::buildRequest(const ApiRequest &request) const
{
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SkyLightDesk/" SKYLIGHT_VERSION));
    if (request.body)
        networkRequest.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_connection.apiKey.isEmpty()) {
        const QByteArray key = m_connection.apiKey.toUtf8();
        if (m_connection.authStyle == ApiConnection::AuthStyle::Bearer)
            networkRequest.setRawHeader("Authorization", "Bearer " + key);
        else
            networkRequest.setRawHeader("X-Api-Key", key);
    }
    // The default policy would follow a redirect to another origin with the key attached.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setTransferTimeout(m_transferTimeoutMs);
    return networkRequest;
}

void ApiClient::send(const ApiRequest &request, QObject *context, EnvelopeCallback callback)
{
    submit(request, context, std::move(callback));
}

quint64 ApiClient::submit(const ApiRequest &request, QObject *context, EnvelopeCallback callback)
{
    Q_ASSERT(context);
    if (!context)
        context = this; // release builds: better a callback bound to the client than none
    auto job = std::make_unique<Job>();
    job->id = m_nextJobId++;
    job->request = request;
    job->context = context;
    job->callback = std::move(callback);
    const quint64 id = job->id;

    if (!ApiConnection::isAllowedUrl(m_connection.baseUrl)) {
        // Refused before anything leaves the machine; answered asynchronously like
        // every other result, so callers need no second code path.
        ApiError error(ApiError::Kind::InsecureUrl);
        error.detail = QStringLiteral("refusing a non-https URL for a remote host");
        qCWarning(lcApi).noquote()
            << request.method << request.path << "refused: insecure base URL";
        QTimer::singleShot(0, context, [callback = job->callback, error] { callback(error); });
        return 0;
    }

    job->contextWatch
        = connect(context, &QObject::destroyed, this, [this, id] { dropForDeadContext(id); });
    Job &stored = *job;
    m_jobs.emplace(id, std::move(job));
    if (!holdBackWhileDown(stored) && !holdForCacheFirst(stored))
        enqueue(stored);
    return id;
}

void ApiClient::send(const ApiRequest &request, QObject *context, EnvelopeDecoder decoder)
{
    // Errors and small answers take the ordinary path, decoded where they arrive.
    const quint64 id = submit(request, context,
                              [decoder](const ApiResult<ApiEnvelope> &result) { decoder(result)(); });
    if (const auto found = m_jobs.find(id); found != m_jobs.end())
        found->second->decoder = std::move(decoder);
}

void ApiClient::decodeInBackground(quint64 id, int status, const QByteArray &body)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    const EnvelopeDecoder decoder = found->second->decoder;
    auto *watcher = new QFutureWatcher<EnvelopeDelivery>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        watcher->deleteLater();
        deliver(id, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([decoder, status, body] {
        return decoder(ApiEnvelope::fromSuccessBody(status, body));
    }));
}

void ApiClient::deliver(quint64 id, const EnvelopeDelivery &delivery)
{
    // Gone meanwhile (cancelled, or its context died): the decoded data is dropped.
    auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(found->second);
    m_jobs.erase(found);
    QObject::disconnect(job->contextWatch);
    if (job->context && delivery)
        delivery();
}

void ApiClient::enqueue(Job &job)
{
    job.ticket = m_rateLimiter->enqueue(job.request.priority);
    // Coalesce: several send() calls in one event-loop turn are ordered by priority first.
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > 0)
        m_pumpTimer.start(0);
}

void ApiClient::pump()
{
    while (const std::optional<quint64> ticket = m_rateLimiter->takeNext()) {
        auto found = std::find_if(m_jobs.begin(), m_jobs.end(),
            [&ticket](const auto &entry) { return entry.second->ticket == *ticket; });
        if (found != m_jobs.end()) {
            found->second->ticket = 0;
            start(*found->second);
        }
    }
    const qint64 wait = m_rateLimiter->msUntilNext();
    if (wait >= 0)
        m_pumpTimer.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void ApiClient::start(Job &job)
{
    ++job.attempts;
    job.aborting = false;
    job.tooLarge = false;
    job.body.clear();
    job.started.start();
    job.sentOrder = m_status->nextSendOrder();
    startPatience(job);
    const QNetworkRequest networkRequest = buildRequest(job.request);
    QNetworkReply *reply = nullptr;
    const QByteArray body = job.request.body
        ? QJsonDocument(*job.request.body).toJson(QJsonDocument::Compact)
        : QByteArray();
    if (job.request.method == "GET") {
        reply = m_network->get(networkRequest);
    } else if (RetryPolicy::isIdempotent(job.request.method)) {
        reply = m_network->sendCustomRequest(networkRequest, job.request.method, body);
    } else {
        // See SingleUseBody: keeps Qt from resending a POST on its own after a drop.
        QNetworkRequest onceOnly = networkRequest;
        onceOnly.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        onceOnly.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new SingleUseBody(body);
        reply = m_network->sendCustomRequest(onceOnly, job.request.method, device);
        device->setParent(reply);
    }
    // Back-pressure: without it the network thread hands over whatever came meanwhile, and
    // copying 16 MB out of the reply held the GUI thread for 300 ms (bench_largeanswers).
    reply->setReadBufferSize(readSliceBytes);
    job.reply = reply;
    const quint64 id = job.id;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    // The announced length is checked as the headers arrive (downloadProgress is choked
    // for the first 15 ms), the received length as the body comes in.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        checkResponseSize(id, 0, length.isValid() ? length.toLongLong() : -1);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end() || !found->second->reply)
            return;
        Job &receiving = *found->second;
        if (receiving.body.isEmpty()) {
            // Room for the announced length at once (the cap was checked with the headers).
            const qint64 announced
                = receiving.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && announced <= m_maxResponseBytes)
                receiving.body.reserve(qsizetype(announced));
        }
        receiving.body += receiving.reply->readAll();
        // The cap counts what really came, whatever the headers announced.
        checkResponseSize(id, receiving.body.size(), -1);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, id](qint64 received, qint64 total) { checkResponseSize(id, received, total); });
}

void ApiClient::checkResponseSize(quint64 id, qint64 received, qint64 total)
{
    // total is the announced Content-Length (-1 when unknown): refused before the body.
    if (received <= m_maxResponseBytes && total <= m_maxResponseBytes)
        return;
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end() || !found->second->reply)
        return;
    found->second->tooLarge = true;
    found->second->reply->abort(); // finished → onReplyFinished reports it
}

ApiError ApiClient::errorFromReply(const Job &job, QNetworkReply *reply, int status) const
{
    const QNetworkReply::NetworkError networkError = reply->error();
    if (networkError == QNetworkReply::InsecureRedirectError
        || networkError == QNetworkReply::TooManyRedirectsError) {
        // A server that sends its API elsewhere is misconfigured (or hostile): not a
        // passing network fault, so it is reported as a server error and not retried.
        ApiError error(ApiError::Kind::Server, status);
        error.detail = QStringLiteral("redirect refused: ") + reply->errorString();
        return error;
    }
    if (status == 0) {
        ApiError error;
        error.detail = reply->errorString();
        switch (networkError) {
        case QNetworkReply::OperationCanceledError:
            // Qt reports its transfer time-out exactly like abort(); only our flag tells.
            error.kind = job.aborting ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout;
            break;
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            // Raised while connecting, before Qt writes the request: nothing was sent.
            // (RemoteHostClosed, Timeout, TemporaryNetworkFailure... may come after the
            // request left, so they stay plain Network errors.)
            error.kind = ApiError::Kind::Network;
            error.requestNeverSent = true;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        return error;
    }
    ApiError error = ApiEnvelope::errorFromBody(status, job.body);
    if (error.kind == ApiError::Kind::RateLimited) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        error.retryAfter = RateLimiter::parseRetryAfter(reply->rawHeader("Retry-After"), now);
        if (!error.retryAfter.isValid())
            error.retryAfter = now.addSecs(60); // no usable hint: wait out the window
    }
    return error;
}

void ApiClient::onReplyFinished(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    Job &job = *found->second;
    QNetworkReply *reply = job.reply;
    job.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // On a 429 Retry-After is the authority: its "Remaining: 0" would otherwise keep the
    // budget empty for a whole minute after the pause has ended.
    const int remaining = reply->hasRawHeader("X-RateLimit-Remaining") && status != 429
        ? reply->rawHeader("X-RateLimit-Remaining").toInt()
        : -1;
    const int limitHeader = reply->hasRawHeader("X-RateLimit-Limit")
        ? reply->rawHeader("X-RateLimit-Limit").toInt()
        : -1;

    qCDebug(lcApi).noquote().nospace()
        << job.request.method << ' ' << job.request.path << " -> " << status << " in "
        << job.started.elapsed() << " ms"
        << (job.attempts > 1 ? QStringLiteral(" (attempt %1)").arg(job.attempts) : QString());

    job.body += reply->readAll(); // what came after the last readyRead
    const QByteArray body = job.body; // shared, not copied; errorFromReply() reads job.body
    const bool success = !job.tooLarge && status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
    if (success)
        keepInCache(job, body);
    if (success && job.decoder && body.size() >= backgroundDecodeBytes) {
        job.body.clear(); // the worker holds the only reference: freed once parsed
        m_unauthorizedReported = false;
        m_rateLimiter->synchronise(remaining, limitHeader); // may re-enter: job is not used after
        m_status->noteOutcome(ApiError(), job.sentOrder);
        decodeInBackground(id, status, body);
        return;
    }
    ApiResult<ApiEnvelope> result = success
        ? ApiEnvelope::fromSuccessBody(status, body)
        : ApiResult<ApiEnvelope>(errorFromReply(job, reply, status));
    if (job.tooLarge) {
        ApiError tooLarge(ApiError::Kind::ResponseTooLarge, status);
        tooLarge.detail = QStringLiteral("answer over %1 bytes").arg(m_maxResponseBytes);
        result = ApiResult<ApiEnvelope>(tooLarge);
    }
    const ApiError error = result.error();
    if (error.kind == ApiError::Kind::Cancelled)
        return; // whoever aborted it has already dealt with the job
    // Offline, a read the cache can answer is answered now: no retries, no empty pane.
    if (!success && answerFromCache(id, error))
        return;
    RetryPolicy::Decision decision;
    if (!success)
        decision = m_retryPolicy.decide(job.request.method, job.request.path, error, job.attempts);
    if (decision.retry) {
        qCDebug(lcApi).noquote() << job.request.method << job.request.path << "retrying in"
                                 << decision.delayMs << "ms";
    }

    // From here on signals are emitted, and their slots may re-enter this client (a new
    // connection cancels every job): the job is looked up again by id, never by reference.
    if (success)
        m_unauthorizedReported = false;
    m_rateLimiter->synchronise(remaining, limitHeader);
    if (error.kind == ApiError::Kind::RateLimited)
        m_rateLimiter->pauseUntil(error.retryAfter);
    if (error.kind == ApiError::Kind::Unauthorized && !m_unauthorizedReported) {
        m_unauthorizedReported = true;
        Q_EMIT unauthorized();
    }
    // The final word on a request (an attempt about to be retried is not yet one).
    if (!decision.retry)
        m_status->noteOutcome(error, job.sentOrder);

    if (decision.retry) {
        QTimer::singleShot(decision.delayMs, this, [this, id] {
            auto waiting = m_jobs.find(id);
            if (waiting != m_jobs.end())
                enqueue(*waiting->second);
        });
        return;
    }
    complete(id, result);
}

void ApiClient::abandon(Job &job)
{
    QObject::disconnect(job.contextWatch);
    if (job.ticket)
        m_rateLimiter->remove(job.ticket);
    job.ticket = 0;
    if (job.reply) {
        job.aborting = true;
        QNetworkReply *reply = job.reply;
        job.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiClient::forget(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    abandon(*found->second);
    m_jobs.erase(found);
}

void ApiClient::complete(quint64 id, const ApiResult<ApiEnvelope> &result)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    // Out of the table before the callback runs: it may send, cancel or delete freely.
    std::unique_ptr<Job> job = std::move(found->second);
    m_jobs.erase(found);
    QObject::disconnect(job->contextWatch);
    if (job->context && job->callback)
        job->callback(result);
}

void ApiClient::dropForDeadContext(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found != m_jobs.end()) {
        qCDebug(lcApi).noquote() << found->second->request.method << found->second->request.path
                                 << "cancelled: its receiver is gone";
    }
    forget(id);
}

void ApiClient::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_jobs.size());
    for (const auto &entry : m_jobs)
        ids.push_back(entry.first);
    for (quint64 id : ids) {
        auto found = m_jobs.find(id);
        if (found == m_jobs.end())
            continue;
        std::unique_ptr<Job> job = std::move(found->second);
        m_jobs.erase(found);
        abandon(*job);
        if (job->context && job->callback)
            job->callback(ApiError(ApiError::Kind::Cancelled));
    }
}
