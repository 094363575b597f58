// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include "apierror.h"

#include <QRandomGenerator>

RetryPolicy::RetryPolicy()
    : m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
}

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    return upper == "GET" || upper == "HEAD" || upper == "PUT" || upper == "DELETE"
        || upper == "OPTIONS";
}

bool RetryPolicy::isNeverResent(const QByteArray &method, const QString &path)
{
    QString normalised = path;
    while (normalised.endsWith(QLatin1Char('/')))
        normalised.chop(1);
    return method.toUpper() == "POST" && normalised == QLatin1String("/messages/send");
}

int RetryPolicy::backoffMs(int attemptsMade) const
{
    const int exponent = qBound(0, attemptsMade - 1, 10);
    const double base = double(m_baseDelayMs) * double(1 << exponent);
    // Up to half again, so clients that failed together do not return together.
    return int(base + base * 0.5 * m_jitter());
}

RetryPolicy::Decision RetryPolicy::decide(const QByteArray &method, const QString &path,
    const ApiError &error, int attemptsMade, const QDateTime &now) const
{
    if (attemptsMade >= m_maxAttempts)
        return {};

    using Kind = ApiError::Kind;
    if (error.kind == Kind::RateLimited) {
        const QDateTime current = now.isValid() ? now : QDateTime::currentDateTimeUtc();
        const bool shortWait = !error.retryAfter.isValid()
            || current.msecsTo(error.retryAfter) <= m_maxRateLimitWaitMs;
        return { shortWait, 0 };
    }

    const bool resendable = isIdempotent(method) && !isNeverResent(method, path);
    if (!resendable)
        return {};
    const bool gatewayTrouble = error.kind == Kind::Server
        && (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504);
    if (error.kind == Kind::Network || error.kind == Kind::Timeout || gatewayTrouble)
        return { true, backoffMs(attemptsMade) };
    return {};
}
