// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// The calendar's arithmetic, kept out of the widgets so it can be tested alone: how long a
// booking lasts, whether a move collides with what is loaded, and which UTC instants the
// visible days of the account's time zone cover.
class CalendarRules
{
public:
    struct Range
    {
        QDateTime from; // UTC, inclusive
        QDateTime to; // UTC, exclusive
    };

    static QDateTime endsAt(const QDateTime &start, int durationMinutes);
    static bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
        const QDateTime &bEnd);
    // The first loaded, non-cancelled booking on the same resource that the range would
    // collide with. A booking without a resource collides with nothing client-side: the
    // server picks its resource.
    static std::optional<Booking> conflict(const QList<Booking> &loaded,
        std::optional<qint64> resourceId, const QDateTime &start, const QDateTime &end,
        qint64 ignoreBookingId = 0);

    // Whether the calendar shows a booking under the toolbar's filters (type 0 = any);
    // cancelled bookings only when asked for.
    static bool isShown(const Booking &booking, qint64 typeFilter,
        std::optional<qint64> resourceFilter, bool showCancelled);

    static QDate weekStart(const QDate &date);
    static QList<QDate> visibleDays(const QDate &anchor, bool week);
    static Range utcRange(const QList<QDate> &days, const QTimeZone &zone);
    static QDate dayIn(const QDateTime &instant, const QTimeZone &zone);
    // Minutes since the local midnight of day (may exceed 1440 or be negative).
    static double minutesInto(const QDateTime &instant, const QDate &day, const QTimeZone &zone);
    static QDateTime at(const QDate &day, int minutes, const QTimeZone &zone);
    static int snapMinutes(double minutes, int step);
    // The locale's short time without seconds (the C locale's short format has them).
    static QString timeText(const QTime &time);
    // The locale's short date and timeText(), e.g. "04/03/2026 14:00".
    static QString dateTimeText(const QDateTime &local);
    // Text set apart from what surrounds it (Unicode first-strong isolate): in a right-to-left
    // table "30-Minute Consultation" keeps its digits in front.
    static QString isolated(const QString &text);
    // "14:00 here" when the computer's clock differs from the account's, empty otherwise.
    static QString localHint(
        const QDateTime &instant, const QTimeZone &accountZone, const QTimeZone &localZone);
};
