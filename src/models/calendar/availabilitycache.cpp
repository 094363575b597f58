// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilitycache.h"

#include "bookingsapi.h"

#include <QDateTime>

AvailabilityCache::AvailabilityCache(BookingsApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void AvailabilityCache::setSelection(qint64 bookingTypeId, std::optional<qint64> resourceId)
{
    if (bookingTypeId == m_typeId && resourceId == m_resourceId)
        return;
    m_typeId = bookingTypeId;
    m_resourceId = resourceId;
    ++m_generation; // answers for the old selection are dropped
    const QList<QDate> dates = m_days.keys();
    m_days.clear();
    m_inFlight.clear();
    for (const QDate &date : dates)
        Q_EMIT dayChanged(date);
}

void AvailabilityCache::request(const QList<QDate> &dates)
{
    if (m_typeId <= 0)
        return;
    const qint64 now = m_clock();
    for (const QDate &date : dates) {
        const auto it = m_days.constFind(date);
        if ((it != m_days.constEnd() && now - it->fetchedAt < m_maxAge)
            || m_inFlight.contains(date))
            continue;
        m_inFlight.insert(date);
        ++m_sent;
        AvailabilityQuery query;
        query.bookingTypeId = m_typeId;
        query.date = date;
        query.resourceId = m_resourceId;
        const int generation = m_generation;
        m_api.availability(
            query, this, [this, generation, date](const ApiResult<AvailabilityDay> &result) {
                if (generation != m_generation)
                    return;
                m_inFlight.remove(date);
                if (!result) {
                    Q_EMIT failed(result.error());
                    return;
                }
                m_days.insert(date, Entry { result.value(), m_clock() });
                Q_EMIT dayChanged(date);
            });
    }
}

void AvailabilityCache::invalidate(const QDate &date)
{
    m_days.remove(date);
}

std::optional<AvailabilityDay> AvailabilityCache::day(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd())
        return std::nullopt;
    return it->day;
}
