// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QRegularExpression>

namespace Sandbox {

namespace {

struct KindName
{
    FaultInjector::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    { FaultInjector::Kind::Latency, "latency" },
    { FaultInjector::Kind::Status, "status" },
    { FaultInjector::Kind::RateLimit, "rate_limit" },
    { FaultInjector::Kind::Drop, "drop" },
    { FaultInjector::Kind::Malformed, "malformed" },
    { FaultInjector::Kind::Truncated, "truncated" },
    { FaultInjector::Kind::DropAfterHeaders, "drop_after_headers" },
    { FaultInjector::Kind::WrongTypes, "wrong_types" },
    { FaultInjector::Kind::SuccessFalse, "success_false" },
};

bool readInt(const QJsonObject &body, const QString &key, int low, int high, int *out)
{
    if (!body.contains(key))
        return true;
    const QJsonValue value = body.value(key);
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < low || number > high || number != int(number))
        return false;
    *out = int(number);
    return true;
}

} // namespace

QString FaultInjector::kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FaultInjector::Fault> FaultInjector::fromJson(
    const QJsonObject &body, QString *field, QString *message)
{
    auto fail = [&](const char *f, const QString &m) {
        *field = QString::fromLatin1(f);
        *message = m;
        return std::nullopt;
    };
    Fault fault;
    const QString type = body.value(QStringLiteral("type")).toString();
    bool known = false;
    for (const KindName &entry : kindNames) {
        if (type == QLatin1String(entry.name)) {
            fault.kind = entry.kind;
            known = true;
        }
    }
    if (!known)
        return fail("type",
            QStringLiteral("The type must be one of latency, status, rate_limit, drop, malformed, "
                           "truncated, drop_after_headers, wrong_types, success_false."));
    fault.pathPattern = body.value(QStringLiteral("path")).toString();
    if (!fault.pathPattern.startsWith(QLatin1Char('/')))
        return fail("path",
            QStringLiteral(
                "The path must be a pattern starting with '/', e.g. /api/v1/contacts*."));
    fault.method = body.value(QStringLiteral("method")).toString().toUpper();
    if (!readInt(body, QStringLiteral("latency_ms"), 0, maxLatencyMs, &fault.latencyMs))
        return fail("latency_ms",
            QStringLiteral("The latency ms must be an integer from 0 to %1.").arg(maxLatencyMs));
    if (!readInt(body, QStringLiteral("status"), 100, 599, &fault.status))
        return fail("status", QStringLiteral("The status must be an HTTP status from 100 to 599."));
    if (!readInt(body, QStringLiteral("retry_after"), 0, 86400, &fault.retryAfter))
        return fail(
            "retry_after", QStringLiteral("The retry after must be an integer number of seconds."));
    if (!readInt(body, QStringLiteral("count"), 1, 1000000, &fault.remaining))
        return fail("count", QStringLiteral("The count must be a positive integer."));
    const QJsonValue afterRun = body.value(QStringLiteral("after_run"));
    if (!afterRun.isUndefined() && !afterRun.isBool())
        return fail("after_run", QStringLiteral("The after run field must be true or false."));
    fault.afterRun = afterRun.toBool();
    if (fault.afterRun && fault.kind == Kind::RateLimit)
        return fail("after_run",
            QStringLiteral("A rate_limit fault answers instead of the request; after_run does not "
                           "apply."));
    return fault;
}

QJsonObject FaultInjector::Fault::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("type"), kindName(kind) },
        { QStringLiteral("path"), pathPattern },
        { QStringLiteral("method"), method.isEmpty() ? QJsonValue() : QJsonValue(method) },
        { QStringLiteral("remaining"), remaining < 0 ? QJsonValue() : QJsonValue(remaining) } };
    if (kind == Kind::Latency)
        object.insert(QStringLiteral("latency_ms"), latencyMs);
    if (kind == Kind::Status)
        object.insert(QStringLiteral("status"), status);
    if (kind == Kind::RateLimit)
        object.insert(QStringLiteral("retry_after"), retryAfter);
    object.insert(QStringLiteral("after_run"), runsRequest());
    return object;
}

bool FaultInjector::Fault::runsRequest() const
{
    switch (kind) {
    case Kind::Truncated:
    case Kind::DropAfterHeaders:
    case Kind::WrongTypes:
    case Kind::SuccessFalse:
        return true;
    case Kind::RateLimit:
        return false;
    case Kind::Latency:
    case Kind::Status:
    case Kind::Drop:
    case Kind::Malformed:
        break;
    }
    return afterRun;
}

qint64 FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString &method, const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method != method)
            continue;
        if (!globMatch(fault.pathPattern, path))
            continue;
        const Fault hit = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

bool FaultInjector::globMatch(const QString &pattern, const QString &path)
{
    QStringList parts;
    for (const QString &part : pattern.split(QLatin1Char('*')))
        parts.append(QRegularExpression::escape(part));
    const QString regex = parts.join(QStringLiteral(".*"));
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex));
    return re.match(path).hasMatch();
}

} // namespace Sandbox
