// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The calendar's arithmetic without any widget: end times, overlaps, visible ranges and
// time zones (including a day with a daylight-saving jump).
#include "blocknavigation.h"
#include "freeslots.h"
#include "calendarfilters.h"
#include "calendarrules.h"

#include <QTest>

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

Booking booking(qint64 id, qint64 resource, const QDateTime &start, int minutes,
    const QString &status = QStringLiteral("confirmed"))
{
    Booking b;
    b.id = id;
    b.resourceId = resource;
    b.startsAt = start;
    b.endsAt = start.addSecs(minutes * 60);
    b.status = status;
    return b;
}
} // namespace

class TestCalendarRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endTimeFollowsTheDuration()
    {
        QCOMPARE(CalendarRules::endsAt(utc(2026, 3, 4, 14), 30), utc(2026, 3, 4, 14, 30));
        QCOMPARE(CalendarRules::endsAt(utc(2026, 3, 4, 23, 30), 60), utc(2026, 3, 5, 0, 30));
        QCOMPARE(CalendarRules::endsAt(utc(2026, 3, 4, 14), -5), utc(2026, 3, 4, 14));
    }

    void overlapIsHalfOpen()
    {
        QVERIFY(CalendarRules::overlaps(
            utc(2026, 3, 4, 9), utc(2026, 3, 4, 10), utc(2026, 3, 4, 9, 30), utc(2026, 3, 4, 11)));
        QVERIFY(!CalendarRules::overlaps(
            utc(2026, 3, 4, 9), utc(2026, 3, 4, 10), utc(2026, 3, 4, 10), utc(2026, 3, 4, 11)));
    }

    void conflictLooksAtTheSameResourceOnly()
    {
        const QList<Booking> loaded { booking(1, 1, utc(2026, 3, 4, 9), 60),
            booking(2, 2, utc(2026, 3, 4, 10), 30),
            booking(3, 1, utc(2026, 3, 4, 11), 30, QStringLiteral("cancelled")) };
        QCOMPARE(
            CalendarRules::conflict(loaded, 1, utc(2026, 3, 4, 9, 30), utc(2026, 3, 4, 10))->id, 1);
        QVERIFY(!CalendarRules::conflict(loaded, 2, utc(2026, 3, 4, 9, 30), utc(2026, 3, 4, 10)));
        // A cancelled booking frees its time; the booking being moved does not block itself.
        QVERIFY(!CalendarRules::conflict(loaded, 1, utc(2026, 3, 4, 11), utc(2026, 3, 4, 11, 30)));
        QVERIFY(!CalendarRules::conflict(
            loaded, 1, utc(2026, 3, 4, 9, 15), utc(2026, 3, 4, 10, 15), 1));
        QVERIFY(!CalendarRules::conflict(
            loaded, std::nullopt, utc(2026, 3, 4, 9), utc(2026, 3, 4, 10)));
    }

    void filtersHideCancelledUnlessAsked()
    {
        const Booking cancelled
            = booking(1, 2, utc(2026, 3, 4, 9), 30, QStringLiteral("cancelled"));
        Booking other = booking(2, 3, utc(2026, 3, 4, 9), 30);
        other.bookingTypeId = 5;
        QVERIFY(!CalendarRules::isShown(cancelled, 0, std::nullopt, false));
        QVERIFY(CalendarRules::isShown(cancelled, 0, std::nullopt, true));
        QVERIFY(CalendarRules::isShown(other, 5, 3, false));
        QVERIFY(!CalendarRules::isShown(other, 4, std::nullopt, false));
        QVERIFY(!CalendarRules::isShown(other, 0, 2, false));
    }

    void weekStartsOnMonday()
    {
        QCOMPARE(CalendarRules::weekStart(QDate(2026, 3, 4)), QDate(2026, 3, 2));
        QCOMPARE(CalendarRules::weekStart(QDate(2026, 3, 8)), QDate(2026, 3, 2));
        const QList<QDate> week = CalendarRules::visibleDays(QDate(2026, 3, 4), true);
        QCOMPARE(week.size(), 7);
        QCOMPARE(week.first(), QDate(2026, 3, 2));
        QCOMPARE(week.last(), QDate(2026, 3, 8));
        QCOMPARE(CalendarRules::visibleDays(QDate(2026, 3, 4), false),
            QList<QDate> { QDate(2026, 3, 4) });
    }

    void visibleRangeIsInTheAccountsZone()
    {
        const QTimeZone dubai("Asia/Dubai");
        const auto range = CalendarRules::utcRange({ QDate(2026, 3, 4) }, dubai);
        QCOMPARE(range.from, utc(2026, 3, 3, 20));
        QCOMPARE(range.to, utc(2026, 3, 4, 20));
        QCOMPARE(CalendarRules::dayIn(utc(2026, 3, 3, 21), dubai), QDate(2026, 3, 4));
        QCOMPARE(
            CalendarRules::minutesInto(utc(2026, 3, 4, 10), QDate(2026, 3, 4), dubai), 14 * 60.0);
    }

    void slotArithmeticSurvivesDaylightSaving()
    {
        // Berlin springs forward on 2026-03-29: the day has 23 hours.
        const QTimeZone berlin("Europe/Berlin");
        const auto range = CalendarRules::utcRange({ QDate(2026, 3, 29) }, berlin);
        QCOMPARE(range.from.secsTo(range.to), 23 * 3600);
        // 04:00 on the wall clock is 180 minutes after midnight, not 240.
        const QDateTime four(QDate(2026, 3, 29), QTime(4, 0), berlin);
        QCOMPARE(CalendarRules::minutesInto(four, QDate(2026, 3, 29), berlin), 180.0);
        QCOMPARE(CalendarRules::at(QDate(2026, 3, 29), 180, berlin), four.toUTC());
        QCOMPARE(CalendarRules::snapMinutes(187.0, 15), 180);
        QCOMPARE(CalendarRules::snapMinutes(-1.0, 15), -15);
    }

    void localHintOnlyWhenTheClocksDiffer()
    {
        const QDateTime t = utc(2026, 3, 4, 10);
        QVERIFY(CalendarRules::localHint(t, QTimeZone("Asia/Dubai"), QTimeZone("Asia/Dubai"))
                    .isEmpty());
        QVERIFY(CalendarRules::localHint(t, QTimeZone::utc(), QTimeZone("Etc/GMT")).isEmpty());
        const QString hint = CalendarRules::localHint(t, QTimeZone("Asia/Dubai"), QTimeZone::utc());
        QVERIFY2(hint.contains(QStringLiteral("10:00")), qPrintable(hint));
    }

    void arrowKeysFollowColumnsAndTime()
    {
        using Step = BlockNavigation::Step;
        const auto at = [](int hour) {
            return QDateTime(QDate(2026, 3, 4), QTime(hour, 0), QTimeZone::utc());
        };
        // Column 0: 9:00 (id 1), 11:00 (id 2); column 2: 11:00 (id 3); column 1 empty.
        const QList<BlockNavigation::Block> blocks { { 2, 0, at(11) }, { 3, 2, at(11) },
            { 1, 0, at(9) } };
        QCOMPARE(BlockNavigation::next(blocks, 0, Step::Down, 3), qint64(1)); // the earliest
        QCOMPARE(BlockNavigation::next(blocks, 1, Step::Down, 3), qint64(2));
        QCOMPARE(BlockNavigation::next(blocks, 2, Step::Down, 3), qint64(0)); // stays
        QCOMPARE(BlockNavigation::next(blocks, 2, Step::Up, 3), qint64(1));
        QCOMPARE(BlockNavigation::next(blocks, 1, Step::Next, 3), qint64(3)); // skips column 1
        QCOMPARE(BlockNavigation::next(blocks, 3, Step::Previous, 3), qint64(2)); // nearest in time
        QCOMPARE(BlockNavigation::next(blocks, 3, Step::Next, 3), qint64(0));
        QCOMPARE(BlockNavigation::next({}, 0, Step::Down, 3), qint64(0));
        // A free slot (negative key) and a booking starting together: Down goes on to the
        // next one, never back and forth between the two.
        const QList<BlockNavigation::Block> tied { { -1, 0, at(9) }, { 4, 0, at(9) },
            { 5, 0, at(10) } };
        QCOMPARE(BlockNavigation::next(tied, -1, Step::Down, 1), qint64(4));
        QCOMPARE(BlockNavigation::next(tied, 4, Step::Down, 1), qint64(5));
        QCOMPARE(BlockNavigation::next(tied, 4, Step::Up, 1), qint64(-1));
    }

    // A lane is free where the day's slot is available, has not begun, and none of that
    // lane's own (non-cancelled) bookings sits.
    void freeSlotsOfALane()
    {
        const auto at = [](int hour, int minute = 0) {
            return QDateTime(QDate(2026, 3, 4), QTime(hour, minute), QTimeZone::utc());
        };
        const auto slot = [&](int hour, bool available) {
            return Slot { at(hour), at(hour).addSecs(1800), available };
        };
        const QList<Slot> day { slot(9, true), slot(10, true), slot(11, true), slot(12, false),
            slot(13, true) };
        Booking taken;
        taken.startsAt = at(10, 15);
        taken.endsAt = at(10, 45);
        taken.status = QStringLiteral("confirmed");
        Booking cancelled = taken;
        cancelled.startsAt = at(11);
        cancelled.endsAt = at(11, 30);
        cancelled.status = QStringLiteral("cancelled");
        const QList<Slot> free = FreeSlots::inLane(day, { taken, cancelled }, at(9, 5));
        QList<QDateTime> starts;
        for (const Slot &s : free)
            starts.append(s.startsAt);
        // 9:00 has begun, 10:00 collides, 12:00 is not available; a cancelled booking frees.
        QCOMPARE(starts, (QList<QDateTime> { at(11), at(13) }));
    }

    void aBookingOfAGoneResourceGetsTheOtherLane()
    {
        const auto resource = [](qint64 id, bool active) {
            Resource r;
            r.id = id;
            r.name = QStringLiteral("R%1").arg(id);
            r.isActive = active;
            return r;
        };
        const QList<Resource> resources { resource(1, true), resource(2, false),
            resource(3, true) };
        const auto booking = [](qint64 id, std::optional<qint64> resourceId) {
            Booking b;
            b.id = id;
            b.resourceId = resourceId;
            return b;
        };
        CalendarFilters filters;
        const QList<Resource> shown = filters.shownResources(resources);
        QCOMPARE(shown.size(), 2); // the inactive one gets no lane
        QVERIFY(!filters.needsOtherLane(shown, { booking(1, 1), booking(2, 3) }));
        QVERIFY(filters.needsOtherLane(shown, { booking(1, 1), booking(2, 2) })); // inactive
        QVERIFY(filters.needsOtherLane(shown, { booking(3, 99) })); // no longer listed
        QVERIFY(filters.needsOtherLane(shown, { booking(4, std::nullopt) }));
        filters.resourceId = 3; // one resource chosen: only its lane
        QCOMPARE(filters.shownResources(resources).size(), 1);
        QVERIFY(!filters.needsOtherLane(filters.shownResources(resources), { booking(3, 99) }));
    }
};

QTEST_GUILESS_MAIN(TestCalendarRules)
#include "tst_calendarrules.moc"
