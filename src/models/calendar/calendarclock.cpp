// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarclock.h"

#include "calendarrules.h"

QDateTime CalendarClock::nextHour(const QDate &day) const
{
    const QDateTime local = now().toTimeZone(m_zone);
    return CalendarRules::at(
        day.isValid() ? day : local.date(), (local.time().hour() + 1) * 60, m_zone);
}

QString CalendarClock::zoneHint() const
{
    const QString zoneName = QString::fromUtf8(m_zone.id());
    const QString local = localHint(now());
    if (local.isEmpty())
        return tr("Times are in %1.").arg(zoneName);
    return tr("Times are in the account's time zone, %1. Now: %2 there, %3.")
        .arg(zoneName, CalendarRules::timeText(now().toTimeZone(m_zone).time()), local);
}

QString CalendarClock::localHint(const QDateTime &instant) const
{
    return CalendarRules::localHint(instant, m_zone, m_localZone);
}
