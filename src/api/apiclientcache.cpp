// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApiClient's side of the offline read cache (docs/offline.md): what it keeps, and when a
// read is answered from it instead of the server.
#include "apiclient.h"
#include "apiclientjob.h"

#include "apilogging.h"
#include "connectionstatus.h"
#include "responsecache.h"

#include <utility>
#include <vector>

QString ApiClient::cacheKey(const ApiRequest &request)
{
    // The path and query only: the base URL and the key stay out of the cache file.
    const QString query = request.query.toString(QUrl::FullyEncoded);
    return query.isEmpty() ? request.path : request.path + QLatin1Char('?') + query;
}

bool ApiClient::isConnectivityError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Server:
        // A gateway that cannot reach the API: the API is down, not refusing.
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false; // 4xx, TLS, malformed...: the cache must not hide them
    }
}

void ApiClient::keepInCache(const Job &job, const QByteArray &body)
{
    if (!m_cache || job.request.method != "GET")
        return;
    m_cache->store(cacheKey(job.request), body);
}

std::optional<ApiEnvelope> ApiClient::savedAnswer(const ApiRequest &request)
{
    if (!m_cache || request.method != "GET")
        return std::nullopt;
    const std::optional<ResponseCache::Entry> entry = m_cache->find(cacheKey(request));
    if (!entry)
        return std::nullopt;
    ApiResult<ApiEnvelope> cached = ApiEnvelope::fromSuccessBody(200, entry->body);
    if (!cached)
        return std::nullopt;
    ApiEnvelope envelope = cached.value();
    envelope.savedAt = entry->savedAt;
    return envelope;
}

bool ApiClient::answerFromCache(quint64 id, const ApiError &error)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end() || !isConnectivityError(error))
        return false;
    const ApiRequest &request = found->second->request; // read before anything is emitted
    const std::optional<ApiEnvelope> saved = savedAnswer(request);
    if (!saved)
        return false;
    qCDebug(lcApi).noquote() << request.method << request.path << "answered from the offline cache";
    // Answered, but not by the server: the connection state still learns it is down.
    m_status->noteOutcome(error, found->second->sentOrder);
    Q_EMIT answeredFromCache(saved->savedAt); // may re-enter: complete() looks the job up again
    complete(id, *saved);
    return true;
}

bool ApiClient::holdForCacheFirst(Job &job)
{
    if (!m_cache || job.request.method != "GET" || m_status->state() != ConnectionStatus::State::Unknown)
        return false;
    if (!m_cacheFirst)
        return false; // the server has not been waited for long enough yet (startPatience)
    // Asynchronous like every answer: the caller is still inside send().
    job.awaitingCache = true;
    const quint64 id = job.id;
    QMetaObject::invokeMethod(this, [this, id] { answerCacheFirst(id); }, Qt::QueuedConnection);
    return true;
}

void ApiClient::startPatience(const Job &job)
{
    // From the moment the first read of a connection is on the wire, not from send(): the
    // window is still being built then, and that time is not the server's. A server that
    // answers within it (the usual start) changes nothing; one that does not gets the cache
    // first.
    if (m_cacheFirst || m_patienceTimer.isActive() || !m_cache || job.request.method != "GET"
        || m_status->state() != ConnectionStatus::State::Unknown)
        return;
    m_patienceTimer.start(m_cacheFirstPatienceMs);
}

void ApiClient::answerPendingFromCache()
{
    if (!m_cache || m_status->state() != ConnectionStatus::State::Unknown)
        return;
    m_cacheFirst = true;
    std::vector<quint64> ids;
    for (const auto &entry : m_jobs) {
        const Job &job = *entry.second;
        if (job.request.method == "GET" && job.callback && (job.ticket || job.reply))
            ids.push_back(entry.first);
    }
    // Oldest first: the one longest on the wire is kept as the probe.
    for (const quint64 id : ids)
        answerCacheFirst(id);
}

void ApiClient::answerCacheFirst(quint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    Job &job = *found->second;
    const bool held = std::exchange(job.awaitingCache, false);
    const std::optional<ApiEnvelope> saved = m_status->state() == ConnectionStatus::State::Unknown
        ? savedAnswer(job.request)
        : std::nullopt;
    if (!saved) {
        // Nothing saved, or the server answered meanwhile: the read goes its ordinary way.
        if (held)
            enqueue(job);
        return;
    }
    qCDebug(lcApi).noquote() << job.request.method << job.request.path
                             << "answered from the offline cache first (the server is slow)";
    EnvelopeCallback callback = std::exchange(job.callback, {});
    const QPointer<QObject> context = job.context;
    QObject::disconnect(job.contextWatch);
    job.decoder = {};
    if (!probeOutstanding()) {
        // Still asked of the server, for nobody: its answer (or time-out) tells the state.
        m_probeId = id;
        job.context = this;
        if (held)
            enqueue(job);
    } else {
        forget(id); // a GET: safe to drop even if the server has it
    }
    m_status->noteShowingSaved();
    Q_EMIT answeredFromCache(saved->savedAt); // may re-enter; the job is not used after
    if (context && callback)
        callback(*saved);
}

bool ApiClient::holdBackWhileDown(Job &job)
{
    if (job.request.priority != RequestPriority::Background || job.request.method != "GET"
        || m_status->isReachable() || m_offlineBackoff.admit())
        return false;
    qCDebug(lcApi).noquote() << job.request.method << job.request.path
                             << "held back: the server is down, next background try in"
                             << m_offlineBackoff.msUntilNextProbe() << "ms";
    const quint64 id = job.id;
    QMetaObject::invokeMethod(this, [this, id] { answerHeldBack(id); }, Qt::QueuedConnection);
    return true;
}

void ApiClient::answerHeldBack(quint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    // Says nothing new about the server: ConnectionStatus is not told.
    if (const std::optional<ApiEnvelope> saved = savedAnswer(found->second->request)) {
        Q_EMIT answeredFromCache(saved->savedAt); // may re-enter: complete() looks it up again
        complete(id, *saved);
        return;
    }
    ApiError error(ApiError::Kind::Network);
    error.requestNeverSent = true;
    error.detail = QStringLiteral("not sent: the server cannot be reached, tried again later");
    complete(id, error);
}
