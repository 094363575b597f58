// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apienvelope.h"
#include "apirequest.h"
#include "apiresult.h"
#include "connectionstatus.h"
#include "envelopedecoder.h"
#include "offlinebackoff.h"
#include "retrypolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class RateLimiter;
class ResponseCache;

// The one door to the API. Owns no network stack: the QNetworkAccessManager is injected
// so tests can swap it. Every request is built in buildRequest(), waits in the rate
// limiter's queue, is retried only when RetryPolicy says it is safe, and ends in exactly
// one callback, unless its context object died first (then it is aborted, silently).
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Priority = RequestPriority;
    using EnvelopeCallback = std::function<void(const ApiResult<ApiEnvelope> &)>;

    static constexpr int DefaultTransferTimeoutMs = 30 * 1000;
    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // A new base URL or key cancels everything still pending (callbacks get Cancelled)
    // and starts a fresh rate budget: both belonged to the previous profile.
    void setConnection(const ApiConnection &connection);
    ApiConnection connection() const { return m_connection; }

    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    // An answer longer than this (announced or received) is aborted and ends in
    // ApiError::Kind::ResponseTooLarge, never retried: memory stays bounded.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    RateLimiter *rateLimiter() const { return m_rateLimiter; }
    // Online / offline / server trouble, from the outcome of every reply.
    ConnectionStatus *connectionStatus() const { return m_status; }
    // The offline cache of the current profile (not owned; null: none). Every successful
    // GET is kept in it; a GET that cannot reach the server (network error, time-out,
    // 502/503/504) is answered from it at once, marked with ApiEnvelope::savedAt.
    // Writes never touch it. Set it with the connection: it belongs to one profile.
    void setResponseCache(ResponseCache *cache) { m_cache = cache; }
    ResponseCache *responseCache() const { return m_cache; }
    static QString cacheKey(const ApiRequest &request);
    // While the server is down, background GETs (RequestPriority::Background) go only as a
    // probe now and then (OfflineBackoff); the others are answered from the cache or fail
    // with requestNeverSent, without the wire. User requests always go.
    OfflineBackoff &offlineBackoff() { return m_offlineBackoff; }
    // Cache first on a slow start: when nothing has answered this long after the first GET of
    // a connection left (ConnectionStatus still Unknown), every GET the cache knows is
    // answered from it at once (savedAt set), and one of them goes on to the server as a
    // probe; its answer makes the state Online (restored(): the panes reload) or Offline.
    // 40 ms: the local sandbox answers within 20 ms even on a loaded machine (0 cache
    // answers with it up); the window takes about 80 ms before its first read leaves, so a
    // silent server gives data on screen in about 120 ms (bench_offlinestart, goal 150 ms).
    static constexpr int DefaultCacheFirstPatienceMs = 40;
    void setCacheFirstPatience(int ms) { m_cacheFirstPatienceMs = ms; }
    static bool isConnectivityError(const ApiError &error);

    // context must not be null: when it is destroyed the request is dropped or aborted
    // and callback is never called.
    void send(const ApiRequest &request, QObject *context, EnvelopeCallback callback);
    // The same, for typed answers (ApiDecode::as…): a successful answer of
    // backgroundDecodeBytes or more is parsed and decoded in a worker thread.
    void send(const ApiRequest &request, QObject *context, EnvelopeDecoder decoder);
    static constexpr qsizetype backgroundDecodeBytes = 64 * 1024;
    // The most a reply holds before Qt stops reading the socket until we have taken it: a
    // 30 MB answer reaches the GUI thread in slices this big, never in one copy.
    static constexpr qint64 readSliceBytes = 1024 * 1024;
    // Requests waiting, backing off or on the wire.
    int pendingCount() const { return int(m_jobs.size()); }
    void cancelAll();

    // The single place a request gets its URL, auth header, Accept, User-Agent,
    // time-out and redirect policy.
    QNetworkRequest buildRequest(const ApiRequest &request) const;
    QUrl urlFor(const ApiRequest &request) const;

Q_SIGNALS:
    // A 401: the key is no longer good, ask for it again. Emitted once, until a new
    // connection is set or a request succeeds again.
    void unauthorized();
    void rateStateChanged(); // budget left or pause changed (see rateLimiter())
    // A read was answered from the offline cache with what was saved at savedAt (UTC).
    // Whether the server is back is ConnectionStatus's to say (restored(), state Online).
    void answeredFromCache(const QDateTime &savedAt);

private:
    struct Job;

    quint64 submit(const ApiRequest &request, QObject *context, EnvelopeCallback callback);
    void enqueue(Job &job);
    void pump();
    void start(Job &job);
    void onReplyFinished(quint64 id);
    void checkResponseSize(quint64 id, qint64 received, qint64 total);
    void decodeInBackground(quint64 id, int status, const QByteArray &body);
    void deliver(quint64 id, const EnvelopeDelivery &delivery);
    ApiError errorFromReply(const Job &job, QNetworkReply *reply, int status) const;
    void abandon(Job &job); // off the queue and off the wire, without a callback
    void forget(quint64 id);
    void complete(quint64 id, const ApiResult<ApiEnvelope> &result);
    void dropForDeadContext(quint64 id);
    void keepInCache(const Job &job, const QByteArray &body);
    bool answerFromCache(quint64 id, const ApiError &error);
    std::optional<ApiEnvelope> savedAnswer(const ApiRequest &request);
    // Cache first (apiclientcache.cpp): true when the job waits for a cached answer instead
    // of the queue.
    bool holdForCacheFirst(Job &job);
    void startPatience(const Job &job); // as the first GET of a connection leaves
    void answerPendingFromCache(); // the patience ran out with the server silent
    void answerCacheFirst(quint64 id);
    bool holdBackWhileDown(Job &job); // true: answered later without the wire
    void answerHeldBack(quint64 id);
    bool probeOutstanding() const { return m_probeId != 0 && m_jobs.count(m_probeId) != 0; }

    QNetworkAccessManager *m_network;
    RateLimiter *m_rateLimiter;
    ConnectionStatus *m_status;
    ApiConnection m_connection;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    // One unauthorized() per bad key, not one per request that was in flight with it.
    bool m_unauthorizedReported = false;
    ResponseCache *m_cache = nullptr;
    int m_cacheFirstPatienceMs = DefaultCacheFirstPatienceMs;
    QTimer m_patienceTimer; // from the first GET of a connection while nothing has answered
    bool m_cacheFirst = false; // the patience ran out before any answer on this connection
    OfflineBackoff m_offlineBackoff;
    quint64 m_probeId = 0; // the cache-first read still sent to the server, its callback spent
    QTimer m_pumpTimer;
    quint64 m_nextJobId = 1;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
};
