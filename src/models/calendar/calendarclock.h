// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

// The calendar's idea of now and of where it is: the time (replaceable, so tests pin it),
// the account's time zone that every time is shown in, and the computer's zone, which
// only adds a hint when it differs.
class CalendarClock
{
    Q_DECLARE_TR_FUNCTIONS(CalendarClock)

public:
    using Source = std::function<QDateTime()>;

    void setSource(Source source) { m_source = std::move(source); }
    void setZone(const QTimeZone &zone) { m_zone = zone.isValid() ? zone : QTimeZone::utc(); }
    void setLocalZone(const QTimeZone &zone) { m_localZone = zone; }

    QDateTime now() const { return m_source(); }
    QTimeZone zone() const { return m_zone; }
    QTimeZone localZone() const { return m_localZone; }
    QDate today() const { return now().toTimeZone(m_zone).date(); }
    // The next full hour of now, on day: where a new booking starts by default.
    QDateTime nextHour(const QDate &day) const;
    // "Times are in Asia/Dubai." plus now in both zones when the computer's zone differs.
    QString zoneHint() const;
    QString localHint(const QDateTime &instant) const; // empty when the zones agree

private:
    Source m_source = [] { return QDateTime::currentDateTimeUtc(); };
    QTimeZone m_zone = QTimeZone::utc();
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
};
