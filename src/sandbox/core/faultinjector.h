// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

// Faults the developer surface asks for (/_sandbox/faults), applied by the router to the
// API requests whose method and path match, so a client can be tested against every
// failure it must survive.
class FaultInjector
{
public:
    enum class Kind
    {
        Latency,
        Status,
        RateLimit,
        Drop,
        Malformed,
        Truncated,
        DropAfterHeaders, // runs the request; status and headers, half the body, then closes
        WrongTypes, // runs the request; every "id" in the answer becomes a string
        SuccessFalse // runs the request; its 2xx answer says "success": false, no data
    };

    struct Fault
    {
        qint64 id = 0;
        QString method; // "" = any method
        QString pathPattern; // '*' matches any run of characters, including '/'
        Kind kind = Kind::Status;
        int latencyMs = 0; // Latency: bounded by maxLatencyMs
        int status = 500; // Status
        int retryAfter = 1; // RateLimit
        int remaining = -1; // how many more requests it hits; -1 = until reset
        // Latency, Status, Drop, Malformed: the real request runs (and stores) first and
        // only then the client sees the fault, as when a proxy or the network fails late.
        bool afterRun = false;

        // True when the real request runs before the client sees the fault.
        bool runsRequest() const;

        QJsonObject toJson() const;
    };

    static constexpr int maxLatencyMs = 30000;

    // Parses the body of POST /_sandbox/faults; on failure returns nullopt and sets field/message.
    static std::optional<Fault> fromJson(const QJsonObject &body, QString *field, QString *message);
    static QString kindName(Kind kind);

    qint64 add(Fault fault);
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;
    // The first fault matching this request, consuming one of its uses.
    std::optional<Fault> take(const QString &method, const QString &path);

    static bool globMatch(const QString &pattern, const QString &path);

private:
    QList<Fault> m_faults;
    qint64 m_nextId = 1;
};

} // namespace Sandbox
