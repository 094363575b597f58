// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilitycalculator.h"

namespace Sandbox {

namespace {
const QTime kOpening(9, 0);
const QTime kClosing(17, 0);
} // namespace

AvailabilityCalculator::AvailabilityCalculator(const QTimeZone &zone, const QDateTime &now)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_now(now.toUTC())
{
}

void AvailabilityCalculator::addBusy(qint64 resourceId, const TimeRange &range)
{
    if (range.isValid())
        m_busy[resourceId].append(range);
}

bool AvailabilityCalculator::isBusinessDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() != Qt::Sunday;
}

TimeRange AvailabilityCalculator::businessHours(QDate date) const
{
    if (!isBusinessDay(date))
        return {};
    // Opening and closing are wall-clock times of that day in the account's zone; the
    // zone converts each on its own, so a DST change on that date (or since yesterday)
    // moves them in UTC exactly as it moves them for the business.
    return { QDateTime(date, kOpening, m_zone).toUTC(), QDateTime(date, kClosing, m_zone).toUTC() };
}

QList<AvailabilitySlot> AvailabilityCalculator::daySlots(QDate date, int durationMinutes,
                                                       const QList<qint64> &candidateResourceIds) const
{
    QList<AvailabilitySlot> result;
    const TimeRange hours = businessHours(date);
    if (!hours.isValid() || durationMinutes <= 0)
        return result;

    const qint64 step = qint64(durationMinutes) * 60;
    for (QDateTime start = hours.start; start.addSecs(step) <= hours.end; start = start.addSecs(step)) {
        const TimeRange slot{ start, start.addSecs(step) };
        bool available = false;
        if (m_now < slot.start) {
            for (qint64 resourceId : candidateResourceIds) {
                if (isFree(resourceId, slot)) {
                    available = true;
                    break;
                }
            }
        }
        result.append({ slot.start, slot.end, available });
    }
    return result;
}

bool AvailabilityCalculator::isFree(qint64 resourceId, const TimeRange &range) const
{
    const auto busy = m_busy.constFind(resourceId);
    if (busy == m_busy.constEnd())
        return true;
    for (const TimeRange &taken : *busy) {
        if (taken.overlaps(range))
            return false;
    }
    return true;
}

QString AvailabilityCalculator::formatSlotTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace Sandbox
