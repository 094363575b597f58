// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/bookingrules.h"

#include <QTest>
#include <QTimeZone>

using namespace Sandbox;

namespace {
QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
BookedInterval booked(qint64 id, qint64 resource, const char *from, const char *to,
                      BookingStatus status = BookingStatus::Confirmed)
{
    return { id, resource, { utc(from), utc(to) }, status };
}
} // namespace

class TestBookingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsAtAddsTheTypeDuration()
    {
        QCOMPARE(BookingRules::endsAt(utc("2026-03-10T14:00:00"), 30), utc("2026-03-10T14:30:00"));
        QCOMPARE(BookingRules::endsAt(utc("2026-03-10T23:30:00"), 60), utc("2026-03-11T00:30:00"));
        // Across the London DST change the booking still lasts 60 real minutes.
        const QDateTime start(QDate(2026, 3, 29), QTime(0, 30), QTimeZone("Europe/London"));
        QCOMPARE(start.secsTo(BookingRules::endsAt(start, 60)), 3600);
        QCOMPARE(BookingRules::endsAt(start, 60).timeSpec(), Qt::UTC);
    }

    void titleUsesAnEnDash()
    {
        const QString title = BookingRules::title(QStringLiteral("30-Minute Consultation"),
                                                  QStringLiteral("Sarah Johnson"));
        QCOMPARE(title, QString::fromUtf8("30-Minute Consultation \xE2\x80\x93 Sarah Johnson"));
        QCOMPARE(title.at(23), QChar(0x2013));
        QCOMPARE(BookingRules::title(QStringLiteral("Consultation"), QStringLiteral("محمد الراشد")),
                 QStringLiteral("Consultation \u2013 محمد الراشد"));
    }

    void overlap_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("resource");
        QTest::addColumn<bool>("conflict");
        // Existing: resource 1 14:00-15:00 confirmed, resource 1 16:00-17:00 cancelled,
        // resource 2 09:00-10:00 pending.
        QTest::newRow("same time") << "14:00" << "15:00" << qint64(1) << true;
        QTest::newRow("inside") << "14:15" << "14:45" << qint64(1) << true;
        QTest::newRow("covers") << "13:00" << "16:00" << qint64(1) << true;
        QTest::newRow("tail overlap") << "14:30" << "15:30" << qint64(1) << true;
        QTest::newRow("head overlap") << "13:30" << "14:01" << qint64(1) << true;
        QTest::newRow("ends as it starts") << "13:00" << "14:00" << qint64(1) << false;
        QTest::newRow("starts as it ends") << "15:00" << "15:30" << qint64(1) << false;
        QTest::newRow("cancelled ignored") << "16:00" << "17:00" << qint64(1) << false;
        QTest::newRow("other resource") << "14:00" << "15:00" << qint64(3) << false;
        QTest::newRow("pending counts") << "09:30" << "10:30" << qint64(2) << true;
    }

    void overlap()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, resource);
        QFETCH(bool, conflict);
        const QList<BookedInterval> existing = {
            booked(101, 1, "2026-03-10T14:00:00", "2026-03-10T15:00:00"),
            booked(102, 1, "2026-03-10T16:00:00", "2026-03-10T17:00:00", BookingStatus::Cancelled),
            booked(103, 2, "2026-03-10T09:00:00", "2026-03-10T10:00:00", BookingStatus::Pending),
        };
        const TimeRange range{ utc(qPrintable(u"2026-03-10T" + from + u":00")),
                               utc(qPrintable(u"2026-03-10T" + to + u":00")) };
        QCOMPARE(BookingRules::conflicts(existing, resource, range), conflict);
    }

    void movingABookingIgnoresItself()
    {
        const QList<BookedInterval> existing = { booked(101, 1, "2026-03-10T14:00:00", "2026-03-10T15:00:00") };
        const TimeRange later{ utc("2026-03-10T14:30:00"), utc("2026-03-10T15:30:00") };
        QVERIFY(BookingRules::conflicts(existing, 1, later));
        QVERIFY(!BookingRules::conflicts(existing, 1, later, 101));
        QVERIFY(BookingRules::conflicts(existing, 1, later, 999));
    }

    void automaticResourceTakesTheFirstFreeOne()
    {
        const QList<BookedInterval> existing = {
            booked(1, 1, "2026-03-10T14:00:00", "2026-03-10T15:00:00"),
            booked(2, 2, "2026-03-10T14:00:00", "2026-03-10T14:30:00"),
        };
        const TimeRange range{ utc("2026-03-10T14:00:00"), utc("2026-03-10T14:30:00") };
        QCOMPARE(BookingRules::firstFreeResource(existing, { 1, 2, 3 }, range), qint64(3));
        QCOMPARE(BookingRules::firstFreeResource(existing, { 2, 1 }, range), qint64(0));
        const TimeRange afterTwo{ utc("2026-03-10T14:30:00"), utc("2026-03-10T15:00:00") };
        QCOMPARE(BookingRules::firstFreeResource(existing, { 1, 2, 3 }, afterTwo), qint64(2));
        QCOMPARE(BookingRules::firstFreeResource(existing, {}, range), qint64(0));
    }

    void cancellingTwiceIsAnError()
    {
        QString error;
        QVERIFY(BookingRules::canCancel(BookingStatus::Confirmed, &error));
        QVERIFY(BookingRules::canCancel(BookingStatus::Pending, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!BookingRules::canCancel(BookingStatus::Cancelled, &error));
        QCOMPARE(error, QStringLiteral("The booking is already cancelled."));
        QVERIFY(!BookingRules::canCancel(BookingStatus::Completed, &error));
        QCOMPARE(error, QStringLiteral("A completed booking cannot be cancelled."));
    }

    void statusTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("pending→confirmed") << "pending" << "confirmed" << true;
        QTest::newRow("confirmed→pending") << "confirmed" << "pending" << true;
        QTest::newRow("confirmed→completed") << "confirmed" << "completed" << true;
        QTest::newRow("pending→completed") << "pending" << "completed" << true;
        QTest::newRow("completed→completed") << "completed" << "completed" << true;
        QTest::newRow("completed→confirmed") << "completed" << "confirmed" << false;
        QTest::newRow("confirmed→cancelled via PUT") << "confirmed" << "cancelled" << false;
        QTest::newRow("cancelled→confirmed") << "cancelled" << "confirmed" << false;
        QTest::newRow("cancelled→completed") << "cancelled" << "completed" << false;
    }

    void statusTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const auto fromStatus = bookingStatusFromString(from);
        const auto toStatus = bookingStatusFromString(to);
        QVERIFY(fromStatus && toStatus);
        QString error;
        QCOMPARE(BookingRules::canChangeStatus(*fromStatus, *toStatus, &error), allowed);
        QCOMPARE(error.isEmpty(), allowed);
    }

    void rescheduleOnlyWhileOpen()
    {
        QVERIFY(BookingRules::canReschedule(BookingStatus::Pending));
        QVERIFY(BookingRules::canReschedule(BookingStatus::Confirmed));
        QVERIFY(!BookingRules::canReschedule(BookingStatus::Cancelled));
        QVERIFY(!BookingRules::canReschedule(BookingStatus::Completed));
    }

    void statusNamesRoundTrip()
    {
        for (auto status : { BookingStatus::Pending, BookingStatus::Confirmed,
                             BookingStatus::Cancelled, BookingStatus::Completed })
            QCOMPARE(bookingStatusFromString(bookingStatusToString(status)), status);
        QVERIFY(!bookingStatusFromString(u"Confirmed"));
        QVERIFY(!bookingStatusFromString(u"canceled"));
        QVERIFY(!bookingStatusFromString(u""));
    }
};

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_sandbox_bookings_rules.moc"
