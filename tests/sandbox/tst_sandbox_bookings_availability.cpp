// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/availabilitycalculator.h"

#include <QTest>

using namespace Sandbox;

namespace {
QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
QString slotTime(const QDateTime &t)
{
    return AvailabilityCalculator::formatSlotTime(t);
}
const QDate kSeedDate(2026, 3, 10); // a Tuesday, the seed's example
const QDateTime kPinnedNow = QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::utc());
} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExampleShape()
    {
        AvailabilityCalculator calculator(QTimeZone::utc(), kPinnedNow);
        calculator.addBusy(1, { utc("2026-03-10T09:30:00"), utc("2026-03-10T10:00:00") });
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(kSeedDate, 30, { 1 });
        QCOMPARE(daySlotList.size(), 16);
        QCOMPARE(slotTime(daySlotList.at(0).startsAt), QStringLiteral("2026-03-10T09:00:00Z"));
        QCOMPARE(slotTime(daySlotList.at(0).endsAt), QStringLiteral("2026-03-10T09:30:00Z"));
        QCOMPARE(daySlotList.at(0).available, true);
        QCOMPARE(slotTime(daySlotList.at(1).startsAt), QStringLiteral("2026-03-10T09:30:00Z"));
        QCOMPARE(daySlotList.at(1).available, false);
        QCOMPARE(slotTime(daySlotList.at(2).startsAt), QStringLiteral("2026-03-10T10:00:00Z"));
        QCOMPARE(daySlotList.at(2).available, true);
        QCOMPARE(slotTime(daySlotList.last().startsAt), QStringLiteral("2026-03-10T16:30:00Z"));
        QCOMPARE(slotTime(daySlotList.last().endsAt), QStringLiteral("2026-03-10T17:00:00Z"));
    }

    void slotTimesHaveNoMilliseconds()
    {
        const QDateTime t(QDate(2026, 3, 10), QTime(9, 0, 0, 250), QTimeZone("Asia/Dubai"));
        QCOMPARE(slotTime(t), QStringLiteral("2026-03-10T05:00:00Z"));
    }

    void stepsByDurationAndStopsAtClosing_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("lastStart");
        QTest::newRow("30 min") << 30 << 16 << "2026-03-10T16:30:00Z";
        QTest::newRow("45 min") << 45 << 10 << "2026-03-10T15:45:00Z";
        QTest::newRow("60 min") << 60 << 8 << "2026-03-10T16:00:00Z";
        QTest::newRow("90 min") << 90 << 5 << "2026-03-10T15:00:00Z";
        QTest::newRow("whole day") << 480 << 1 << "2026-03-10T09:00:00Z";
        QTest::newRow("longer than the day") << 481 << 0 << "";
    }

    void stepsByDurationAndStopsAtClosing()
    {
        QFETCH(int, duration);
        QFETCH(int, count);
        QFETCH(QString, lastStart);
        AvailabilityCalculator calculator(QTimeZone::utc(), kPinnedNow);
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(kSeedDate, duration, { 1 });
        QCOMPARE(daySlotList.size(), count);
        if (count > 0) {
            QCOMPARE(slotTime(daySlotList.last().startsAt), lastStart);
            QVERIFY(daySlotList.last().endsAt <= utc("2026-03-10T17:00:00"));
            for (int i = 1; i < daySlotList.size(); ++i)
                QCOMPARE(daySlotList.at(i - 1).endsAt, daySlotList.at(i).startsAt);
        }
    }

    void sundayIsClosedSaturdayIsOpen()
    {
        AvailabilityCalculator calculator(QTimeZone::utc(), kPinnedNow);
        QVERIFY(calculator.daySlots(QDate(2026, 3, 15), 30, { 1 }).isEmpty());
        QVERIFY(!calculator.businessHours(QDate(2026, 3, 15)).isValid());
        QCOMPARE(calculator.daySlots(QDate(2026, 3, 14), 30, { 1 }).size(), 16);
        QCOMPARE(calculator.daySlots(QDate(2026, 3, 9), 30, { 1 }).size(), 16);
    }

    void pastAndStartedSlotsAreUnavailable()
    {
        AvailabilityCalculator calculator(QTimeZone::utc(), utc("2026-03-10T11:15:00"));
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(kSeedDate, 30, { 1 });
        QCOMPARE(daySlotList.size(), 16);
        for (const AvailabilitySlot &slot : daySlotList) {
            const bool upcoming = slot.startsAt > utc("2026-03-10T11:15:00");
            QCOMPARE(slot.available, upcoming);
        }
        QCOMPARE(daySlotList.at(4).available, false); // 11:00, already started
        QCOMPARE(daySlotList.at(5).available, true);  // 11:30
        AvailabilityCalculator tomorrow(QTimeZone::utc(), utc("2026-03-11T00:00:00"));
        for (const AvailabilitySlot &slot : tomorrow.daySlots(kSeedDate, 30, { 1 }))
            QVERIFY(!slot.available);
    }

    void anyResourceFreeMakesTheSlotAvailable()
    {
        AvailabilityCalculator calculator(QTimeZone::utc(), kPinnedNow);
        calculator.addBusy(1, { utc("2026-03-10T09:00:00"), utc("2026-03-10T10:00:00") });
        calculator.addBusy(2, { utc("2026-03-10T09:30:00"), utc("2026-03-10T10:30:00") });
        const QList<AvailabilitySlot> any = calculator.daySlots(kSeedDate, 30, { 1, 2 });
        QCOMPARE(any.at(0).available, true);  // 09:00: 2 free
        QCOMPARE(any.at(1).available, false); // 09:30: both taken
        QCOMPARE(any.at(2).available, true);  // 10:00: 1 free
        const QList<AvailabilitySlot> onlyTwo = calculator.daySlots(kSeedDate, 30, { 2 });
        QCOMPARE(onlyTwo.at(0).available, true);
        QCOMPARE(onlyTwo.at(2).available, false);
        QCOMPARE(onlyTwo.at(3).available, true);
    }

    void partialOverlapBlocksTheWholeSlot()
    {
        AvailabilityCalculator calculator(QTimeZone::utc(), kPinnedNow);
        calculator.addBusy(1, { utc("2026-03-10T09:50:00"), utc("2026-03-10T10:05:00") });
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(kSeedDate, 60, { 1 });
        QCOMPARE(daySlotList.at(0).available, false); // 09:00-10:00
        QCOMPARE(daySlotList.at(1).available, false); // 10:00-11:00
        QCOMPARE(daySlotList.at(2).available, true);
    }

    void noResourceMeansNothingAvailable()
    {
        AvailabilityCalculator calculator(QTimeZone::utc(), kPinnedNow);
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(kSeedDate, 30, {});
        QCOMPARE(daySlotList.size(), 16);
        for (const AvailabilitySlot &slot : daySlotList)
            QVERIFY(!slot.available);
    }

    void businessHoursFollowTheAccountZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("opens");
        QTest::addColumn<QString>("closes");
        QTest::newRow("Dubai") << QByteArray("Asia/Dubai") << kSeedDate
                               << "2026-03-10T05:00:00Z" << "2026-03-10T13:00:00Z";
        // Europe/London springs forward on Sunday 29 March 2026.
        QTest::newRow("London Sat before DST") << QByteArray("Europe/London") << QDate(2026, 3, 28)
                                               << "2026-03-28T09:00:00Z" << "2026-03-28T17:00:00Z";
        QTest::newRow("London Mon after DST") << QByteArray("Europe/London") << QDate(2026, 3, 30)
                                              << "2026-03-30T08:00:00Z" << "2026-03-30T16:00:00Z";
        // New York springs forward on Sunday 8 March 2026.
        QTest::newRow("New York Sat before") << QByteArray("America/New_York") << QDate(2026, 3, 7)
                                             << "2026-03-07T14:00:00Z" << "2026-03-07T22:00:00Z";
        QTest::newRow("New York Mon after") << QByteArray("America/New_York") << QDate(2026, 3, 9)
                                            << "2026-03-09T13:00:00Z" << "2026-03-09T21:00:00Z";
        // Cairo changes at midnight on a business day: Friday 24 April 2026 starts at 01:00
        // EEST, and falls back at the end of Thursday 29 October 2026.
        QTest::newRow("Cairo Thu before") << QByteArray("Africa/Cairo") << QDate(2026, 4, 23)
                                          << "2026-04-23T07:00:00Z" << "2026-04-23T15:00:00Z";
        QTest::newRow("Cairo Fri of change") << QByteArray("Africa/Cairo") << QDate(2026, 4, 24)
                                             << "2026-04-24T06:00:00Z" << "2026-04-24T14:00:00Z";
        QTest::newRow("Cairo Thu of fallback") << QByteArray("Africa/Cairo") << QDate(2026, 10, 29)
                                               << "2026-10-29T06:00:00Z" << "2026-10-29T14:00:00Z";
        QTest::newRow("Cairo Fri after") << QByteArray("Africa/Cairo") << QDate(2026, 10, 30)
                                         << "2026-10-30T07:00:00Z" << "2026-10-30T15:00:00Z";
        // Santiago falls back at the end of Saturday 4 April 2026.
        QTest::newRow("Santiago Sat of fallback") << QByteArray("America/Santiago") << QDate(2026, 4, 4)
                                                  << "2026-04-04T12:00:00Z" << "2026-04-04T20:00:00Z";
    }

    void businessHoursFollowTheAccountZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QString, opens);
        QFETCH(QString, closes);
        const QTimeZone timeZone(zone);
        QVERIFY2(timeZone.isValid(), zone.constData());
        AvailabilityCalculator calculator(timeZone, kPinnedNow);
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(date, 30, { 1 });
        QCOMPARE(daySlotList.size(), 16);
        QCOMPARE(slotTime(daySlotList.first().startsAt), opens);
        QCOMPARE(slotTime(daySlotList.last().endsAt), closes);
        for (const AvailabilitySlot &slot : daySlotList) {
            QCOMPARE(slot.startsAt.secsTo(slot.endsAt), 1800);
            QVERIFY(slot.available);
        }
    }

    void invalidZoneFallsBackToUtc()
    {
        AvailabilityCalculator calculator(QTimeZone("Not/AZone"), kPinnedNow);
        const QList<AvailabilitySlot> daySlotList = calculator.daySlots(kSeedDate, 30, { 1 });
        QCOMPARE(slotTime(daySlotList.first().startsAt), QStringLiteral("2026-03-10T09:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_sandbox_bookings_availability.moc"
