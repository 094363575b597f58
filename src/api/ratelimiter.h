// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "ratebudget.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

// The client's side of "120 requests per minute per key": a sliding one-minute window of
// sent requests, narrowed by the server's X-RateLimit-Remaining, and paused by a 429 until
// its Retry-After. Requests wait here as tickets; takeNext() hands out the next one, users'
// before background ones, only when the budget allows. The clock is injectable for tests.
//
// The window is this desk's copy of the key's minute: its own sends, plus the other desks'
// requests the server's reports revealed, spread over the time in which they were made, so
// the copy frees places one by one as the server's sliding minute does (not all together a
// minute after the report). After a spent budget the first send goes alone as a probe.
class RateLimiter : public RateBudget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch, UTC

    explicit RateLimiter(QObject *parent = nullptr);

    void setClock(Clock clock);
    // Desks on one key that ran the budget out together would all wake at the same moment
    // and run it out again (bench_desks: 3 429s in minute 2). After a 429 pause or a
    // "0 remaining" report, each desk waits a further random share of this spread (at most
    // a fifth of the wait) after the first place frees before it sends again. 0 (the default
    // here) = no spread; ApiClient sets 2 s (docs/performance.md, bench_desks).
    void setWakeSpreadMs(int ms) { m_wakeSpreadMs = qMax(0, ms); }
    // After a spent budget (a "0 remaining" report or a 429) the first send after the wake-up
    // goes alone, and the next waits for an answer with X-RateLimit-Remaining above 0, or this
    // long: ten desks that wake together learn what is really free before they all spend it.
    static constexpr qint64 ProbeTimeoutMs = 1000;
    bool isProbing() const { return m_probe != Probe::None; }
    // Returns a value in [0, 1); injectable so tests get exact wake-ups.
    void setJitterSource(std::function<double()> source) { m_jitter = std::move(source); }
    QDateTime heldUntil() const; // UTC; invalid when no wake-up is pending
    void setLimit(int requestsPerMinute);
    int limit() const override { return m_limit; }
    int remaining() const override;
    int secondsToReset() const override;

    int budgetLeft() const override; // requests that may start now
    QDateTime pausedUntil() const override; // UTC; invalid when not paused

    quint64 enqueue(RequestPriority priority);
    bool remove(quint64 ticket);
    int queuedCount() const { return int(m_queue.size()); }
    // The next ticket allowed to start now (its send is counted), or nothing.
    std::optional<quint64> takeNext();
    // Milliseconds until takeNext() can hand out a ticket; -1 when nothing waits.
    qint64 msUntilNext() const;

    // A response arrived: headers that are absent are passed as -1.
    void synchronise(int remaining, int limitHeader);
    void pauseUntil(const QDateTime &until);
    void reset();

    // Retry-After is delta-seconds or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
    // Returns the UTC time to wait for, or an invalid QDateTime when the value is unusable.
    static QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    struct Ticket
    {
        quint64 id;
        RequestPriority priority;
    };

    enum class Probe
    {
        None,     // the budget has room: send as it allows
        Next,     // spent: the next send is a probe
        InFlight, // the probe is out: wait for its answer (or ProbeTimeoutMs)
    };

    qint64 now() const { return m_clock(); }
    void expire() const;
    bool probeOut() const { return m_probe == Probe::InFlight && now() - m_probeSentAt < ProbeTimeoutMs; }
    // Adds count requests the server counted and this desk did not send, evenly from `from`
    // to `to` (both included; a single one at `to`), keeping the window in time order.
    void fill(int count, qint64 from, qint64 to);
    void holdAfter(qint64 wakeMs); // holds every send until wakeMs plus this desk's jitter
    void changed(); // emits stateChanged() and arms the refresh for the next change

    QTimer m_refreshTimer;
    Clock m_clock;
    int m_limit = 120;
    qint64 m_pausedUntil = 0;
    qint64 m_heldUntil = 0; // the jittered wake-up after a pause or an empty report
    int m_wakeSpreadMs = 0;
    std::function<double()> m_jitter;
    quint64 m_nextTicket = 1;
    std::deque<Ticket> m_queue;
    // Send times inside the last minute, oldest first: this desk's and the others' it was told of.
    mutable std::deque<qint64> m_sent;
    Probe m_probe = Probe::None;
    qint64 m_probeSentAt = 0;
    // The server's last X-RateLimit-Remaining (-1: none yet), when it came, and this desk's
    // sends since: the shared budget as other desks on the key left it.
    int m_reported = -1;
    qint64 m_reportedAt = 0;
    int m_sentSinceReport = 0;
};
