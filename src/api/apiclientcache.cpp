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

bool ApiClient::answerFromCache(quint64 id, const ApiError &error)
{
    const auto found = m_jobs.find(id);
    if (!m_cache || found == m_jobs.end() || found->second->request.method != "GET"
        || !isConnectivityError(error))
        return false;
    const ApiRequest &request = found->second->request; // read before anything is emitted
    const std::optional<ResponseCache::Entry> entry = m_cache->find(cacheKey(request));
    if (!entry)
        return false;
    ApiResult<ApiEnvelope> cached = ApiEnvelope::fromSuccessBody(200, entry->body);
    if (!cached)
        return false;
    ApiEnvelope envelope = cached.value();
    envelope.savedAt = entry->savedAt;
    qCDebug(lcApi).noquote() << request.method << request.path << "answered from the offline cache";
    m_answeredFromCache = true;
    // Answered, but not by the server: the connection state still learns it is down.
    m_status->noteOutcome(error, found->second->sentOrder);
    Q_EMIT answeredFromCache(entry->savedAt); // may re-enter: complete() looks the job up again
    complete(id, envelope);
    return true;
}
