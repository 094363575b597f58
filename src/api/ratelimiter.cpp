// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 WindowMs = 60 * 1000;
// A 429 whose Retry-After is at least this long says the key's minute is spent.
constexpr qint64 SpentWaitMs = 2000;
}

RateLimiter::RateLimiter(QObject *parent)
    : RateBudget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RateLimiter::changed);
}

void RateLimiter::changed()
{
    // The state also changes by itself, when a pause ends or a send leaves the window:
    // wake up then too, so a status bar never shows a stale budget or pause.
    const qint64 current = now();
    expire();
    qint64 next = -1;
    if (m_pausedUntil > current)
        next = m_pausedUntil - current;
    if (m_heldUntil > current)
        next = next < 0 ? m_heldUntil - current : std::min(next, m_heldUntil - current);
    if (!m_sent.empty()) {
        const qint64 expiry = m_sent.front() + WindowMs - current + 1;
        next = next < 0 ? expiry : std::min(next, expiry);
    }
    if (next < 0)
        m_refreshTimer.stop();
    else
        m_refreshTimer.start(int(std::min<qint64>(next, std::numeric_limits<int>::max())));
    Q_EMIT stateChanged();
}

void RateLimiter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RateLimiter::setLimit(int requestsPerMinute)
{
    if (requestsPerMinute <= 0 || requestsPerMinute == m_limit)
        return;
    m_limit = requestsPerMinute;
    changed();
}

void RateLimiter::expire() const
{
    const qint64 cutoff = now() - WindowMs;
    while (!m_sent.empty() && m_sent.front() <= cutoff)
        m_sent.pop_front();
}

int RateLimiter::budgetLeft() const
{
    expire();
    return std::max(0, m_limit - int(m_sent.size()));
}

QDateTime RateLimiter::pausedUntil() const
{
    if (m_pausedUntil <= now())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_pausedUntil, Qt::UTC);
}

quint64 RateLimiter::enqueue(RequestPriority priority)
{
    const Ticket ticket { m_nextTicket++, priority };
    // Stable: a ticket goes behind every ticket of the same or a more urgent priority.
    auto position = std::find_if(m_queue.begin(), m_queue.end(),
        [priority](const Ticket &queued) { return queued.priority > priority; });
    m_queue.insert(position, ticket);
    return ticket.id;
}

bool RateLimiter::remove(quint64 ticket)
{
    auto found = std::find_if(m_queue.begin(), m_queue.end(),
        [ticket](const Ticket &queued) { return queued.id == ticket; });
    if (found == m_queue.end())
        return false;
    m_queue.erase(found);
    return true;
}

QDateTime RateLimiter::heldUntil() const
{
    if (m_heldUntil <= now())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_heldUntil, Qt::UTC);
}

void RateLimiter::holdAfter(qint64 wakeMs)
{
    if (m_wakeSpreadMs <= 0 || wakeMs <= now())
        return;
    // A short wait (Retry-After: 1) is not a crowd waking up: the spread is at most a fifth
    // of the wait, so the minute-long waits of a spent key get the whole spread.
    const qint64 spread = std::min<qint64>(m_wakeSpreadMs, (wakeMs - now()) / 5);
    const qint64 jittered = wakeMs + qint64(std::clamp(m_jitter(), 0.0, 1.0) * double(spread));
    m_heldUntil = std::max(m_heldUntil, jittered);
}

std::optional<quint64> RateLimiter::takeNext()
{
    if (m_queue.empty() || isPaused() || m_heldUntil > now() || budgetLeft() <= 0 || probeOut())
        return std::nullopt;
    const quint64 id = m_queue.front().id;
    m_queue.pop_front();
    m_sent.push_back(now());
    ++m_sentSinceReport;
    if (m_probe != Probe::None) {
        m_probe = Probe::InFlight;
        m_probeSentAt = now();
    }
    changed();
    return id;
}

qint64 RateLimiter::msUntilNext() const
{
    if (m_queue.empty())
        return -1;
    const qint64 current = now();
    qint64 wait = std::max<qint64>(0, std::max(m_pausedUntil, m_heldUntil) - current);
    if (budgetLeft() <= 0 && !m_sent.empty()) {
        // The window frees one place when its oldest send is a minute old.
        wait = std::max(wait, m_sent.front() + WindowMs - current + 1);
    }
    if (probeOut())
        wait = std::max(wait, m_probeSentAt + ProbeTimeoutMs - current);
    return wait;
}

void RateLimiter::fill(int count, qint64 from, qint64 to)
{
    for (int i = 0; i < count; ++i) {
        const qint64 at = count == 1 ? to : from + (to - from) * i / (count - 1);
        m_sent.insert(std::upper_bound(m_sent.begin(), m_sent.end(), at), at);
    }
}

void RateLimiter::synchronise(int remaining, int limitHeader)
{
    if (limitHeader > 0)
        setLimit(limitHeader);
    if (remaining < 0) {
        // An answer without a figure (a 429, a network error): a probe out has told nothing,
        // so the next send is a probe again.
        if (m_probe == Probe::InFlight)
            m_probe = Probe::Next;
        return;
    }
    const qint64 current = now();
    // The others' requests this report reveals were made since the previous report (within
    // the minute): without one, assume they were all made just now.
    const qint64 since = m_reported >= 0 ? std::max(m_reportedAt, current - WindowMs) : current;
    m_reported = remaining;
    m_reportedAt = current;
    m_sentSinceReport = 0;
    m_probe = remaining > 0 ? Probe::None : Probe::Next;
    // Only ever narrow the local budget: responses arrive out of order, and a stale,
    // larger "remaining" must not let the client overrun the server's window. The
    // others' requests are spread over the time since the previous report, so they leave
    // this desk's copy of the minute about when they leave the server's.
    const int localLeft = budgetLeft();
    if (remaining >= localLeft)
        return;
    const int missing = localLeft - remaining;
    fill(missing, since + (current - since) / missing, current);
    // Spent: every desk on the key read the same 0 and would wake when the first place frees.
    // Each wakes a little later than that instead.
    if (remaining == 0)
        holdAfter(m_sent.front() + WindowMs);
    changed();
}

void RateLimiter::pauseUntil(const QDateTime &until)
{
    if (!until.isValid())
        return;
    const qint64 ms = until.toMSecsSinceEpoch();
    // A 429: the server's minute is full now, and its oldest request leaves it at `until`.
    // Fill this desk's copy to match, the missing requests spread from then to now, so after
    // the pause places come back one by one as on the server, and the first send is a probe.
    // A short wait (Retry-After: 0 or 1) is not a spent minute to copy, just a pause: a storm
    // of them must not throttle the retries that end in the pane's error (tst_paneloadfaults).
    const qint64 current = now();
    const int localLeft = ms - current >= SpentWaitMs ? budgetLeft() : 0;
    // (The first one a millisecond early: it frees its place as the pause ends.)
    if (localLeft > 0) {
        fill(localLeft, std::clamp(ms - WindowMs - 1, current - WindowMs + 1, current), current);
        m_probe = Probe::Next;
    }
    if (ms <= m_pausedUntil) {
        if (localLeft > 0)
            changed();
        return;
    }
    m_pausedUntil = ms;
    holdAfter(ms); // every desk paused by the same 429 window gets the same Retry-After
    changed();
}

int RateLimiter::remaining() const
{
    // A report older than the window says nothing any more: every request it counted has
    // left the server's minute since.
    const int left = budgetLeft();
    if (m_reported < 0 || now() - m_reportedAt >= WindowMs)
        return left;
    // The report less this desk's sends since, or more once places this desk knows of have
    // left the minute since: a desk held back sends nothing and so hears no new report, yet
    // the key's budget grows back (a frozen figure kept it blind for up to a minute).
    return std::max(left, std::max(0, m_reported - m_sentSinceReport));
}

int RateLimiter::secondsToReset() const
{
    const qint64 current = now();
    qint64 wait = std::max<qint64>(0, std::max(m_pausedUntil, m_heldUntil) - current);
    expire();
    if (!m_sent.empty() && remaining() < m_limit)
        wait = std::max(wait, m_sent.front() + WindowMs - current);
    return int((wait + 999) / 1000);
}

void RateLimiter::reset()
{
    m_reported = -1;
    m_sentSinceReport = 0;
    m_probe = Probe::None;
    m_queue.clear();
    m_sent.clear();
    m_pausedUntil = 0;
    m_heldUntil = 0;
    changed();
}

QDateTime RateLimiter::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? QDateTime() : now.toUTC().addSecs(seconds);

    // Qt 6.4's RFC2822Date parser rejects the "GMT" that HTTP dates end with.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}
