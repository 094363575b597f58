// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availabilityday.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class ApiError;
class BookingsApi;

// The availability of one booking type (and optionally one resource) per date. A date is
// asked for once and kept for maxAge; switching back and forth between weeks costs no
// requests, and a refresh asks only for dates whose answer has gone stale.
class AvailabilityCache final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    explicit AvailabilityCache(BookingsApi &api, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMaxAge(qint64 ms) { m_maxAge = ms; }
    void setSelection(qint64 bookingTypeId, std::optional<qint64> resourceId);
    qint64 bookingTypeId() const { return m_typeId; }
    std::optional<qint64> resourceId() const { return m_resourceId; }

    // Asks for every date not cached or gone stale (none when no type is chosen).
    void request(const QList<QDate> &dates);
    void invalidate(const QDate &date);
    std::optional<AvailabilityDay> day(const QDate &date) const;
    int requestsSent() const { return m_sent; }

Q_SIGNALS:
    void dayChanged(const QDate &date);
    void failed(const ApiError &error);

private:
    struct Entry
    {
        AvailabilityDay day;
        qint64 fetchedAt = 0;
    };

    BookingsApi &m_api;
    Clock m_clock;
    qint64 m_maxAge = 60000;
    qint64 m_typeId = 0;
    std::optional<qint64> m_resourceId;
    int m_generation = 0;
    int m_sent = 0;
    QHash<QDate, Entry> m_days;
    QSet<QDate> m_inFlight;
};
