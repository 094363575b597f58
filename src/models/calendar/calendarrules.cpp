// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarrules.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QDateTime CalendarRules::endsAt(const QDateTime &start, int durationMinutes)
{
    return start.addSecs(qint64(qMax(durationMinutes, 0)) * 60);
}

bool CalendarRules::overlaps(
    const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart, const QDateTime &bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

std::optional<Booking> CalendarRules::conflict(const QList<Booking> &loaded,
    std::optional<qint64> resourceId, const QDateTime &start, const QDateTime &end,
    qint64 ignoreBookingId)
{
    if (!resourceId)
        return std::nullopt;
    for (const Booking &b : loaded) {
        if (b.id == ignoreBookingId || b.status == u"cancelled" || b.resourceId != resourceId)
            continue;
        if (overlaps(b.startsAt, b.endsAt, start, end))
            return b;
    }
    return std::nullopt;
}

bool CalendarRules::isShown(const Booking &booking, qint64 typeFilter,
    std::optional<qint64> resourceFilter, bool showCancelled)
{
    return (showCancelled || booking.status != u"cancelled")
        && (typeFilter <= 0 || booking.bookingTypeId == typeFilter)
        && (!resourceFilter || booking.resourceId == resourceFilter);
}

QDate CalendarRules::weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QList<QDate> CalendarRules::visibleDays(const QDate &anchor, bool week)
{
    if (!week)
        return { anchor };
    QList<QDate> days;
    const QDate first = weekStart(anchor);
    for (int i = 0; i < 7; ++i)
        days.append(first.addDays(i));
    return days;
}

CalendarRules::Range CalendarRules::utcRange(const QList<QDate> &days, const QTimeZone &zone)
{
    if (days.isEmpty())
        return {};
    return { QDateTime(days.first(), QTime(0, 0), zone).toUTC(),
        QDateTime(days.last().addDays(1), QTime(0, 0), zone).toUTC() };
}

QDate CalendarRules::dayIn(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

double CalendarRules::minutesInto(const QDateTime &instant, const QDate &day, const QTimeZone &zone)
{
    const QDateTime midnight(day, QTime(0, 0), zone);
    return double(midnight.secsTo(instant)) / 60.0;
}

QDateTime CalendarRules::at(const QDate &day, int minutes, const QTimeZone &zone)
{
    // Adding seconds to midnight (not building a wall time) keeps DST days exact.
    return QDateTime(day, QTime(0, 0), zone).addSecs(qint64(minutes) * 60).toUTC();
}

int CalendarRules::snapMinutes(double minutes, int step)
{
    if (step <= 0)
        return int(minutes);
    return int(std::floor(minutes / step)) * step;
}

QString CalendarRules::timeText(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

QString CalendarRules::dateTimeText(const QDateTime &local)
{
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + timeText(local.time());
}

QString CalendarRules::isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

QString CalendarRules::localHint(
    const QDateTime &instant, const QTimeZone &accountZone, const QTimeZone &localZone)
{
    if (!instant.isValid() || !accountZone.isValid() || !localZone.isValid())
        return {};
    if (accountZone.offsetFromUtc(instant) == localZone.offsetFromUtc(instant))
        return {};
    const QDateTime local = instant.toTimeZone(localZone);
    return QCoreApplication::translate("CalendarRules", "%1 on this computer")
        .arg(timeText(local.time()));
}
