// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

class ApiError;

// Which failed requests are sent again, and after how long. Only what is safe: idempotent
// methods after network errors, time-outs and 502/503/504; any method after a 429 (the
// server did not run it). POST /messages/send has no idempotency key, so a time-out or a
// dropped connection may hide a message that was sent: it is never resent after those.
class RetryPolicy
{
public:
    struct Decision
    {
        bool retry = false;
        int delayMs = 0; // 0 for 429: the rate limiter holds the request until Retry-After
    };

    RetryPolicy();

    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // A 429 asking for a longer wait than this is reported instead of silently waited out.
    void setMaxRateLimitWaitMs(qint64 ms) { m_maxRateLimitWaitMs = ms; }
    qint64 maxRateLimitWaitMs() const { return m_maxRateLimitWaitMs; }
    int maxAttempts() const { return m_maxAttempts; }
    void setBaseDelayMs(int ms) { m_baseDelayMs = ms; }
    int baseDelayMs() const { return m_baseDelayMs; }
    // Returns a value in [0, 1); injectable so tests get exact delays.
    void setJitterSource(std::function<double()> source) { m_jitter = std::move(source); }

    // attemptsMade counts the request just failed (1 after the first try); now is only
    // read for a 429's Retry-After (invalid = the current time).
    Decision decide(const QByteArray &method, const QString &path, const ApiError &error,
        int attemptsMade, const QDateTime &now = {}) const;
    int backoffMs(int attemptsMade) const;

    static bool isIdempotent(const QByteArray &method);
    static bool isNeverResent(const QByteArray &method, const QString &path);

private:
    int m_maxAttempts = 3;
    int m_baseDelayMs = 500;
    qint64 m_maxRateLimitWaitMs = 65 * 1000;
    std::function<double()> m_jitter;
};
