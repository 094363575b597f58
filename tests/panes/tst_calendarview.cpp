// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpainter.h"
#include "calendarrules.h"
#include "calendarview.h"

#include <QFontMetrics>
#include <QTest>

class TestCalendarView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeAxisFitsEveryHourLabel_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("12-hour, en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("24-hour, en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("Arabic, ar_AE") << QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    }

    // "10:00 PM" must not be painted as "0:00 PM": the axis grows with the locale's labels.
    void timeAxisFitsEveryHourLabel()
    {
        QFETCH(QLocale, locale);
        const QLocale previous;
        QLocale::setDefault(locale);
        CalendarView view;
        const QFontMetrics metrics(view.font());
        for (int hour = 0; hour < 24; ++hour) {
            const QString label = CalendarRules::timeText(QTime(hour, 0));
            // The label is drawn 8 px narrower than the axis (a gap before the first lane).
            QVERIFY2(metrics.horizontalAdvance(label) <= view.timeAxisWidth() - 8, qPrintable(label));
        }
        QLocale::setDefault(previous);
    }

    // A narrow week (a small window, four resources a day) ran "Mon 16 NoTue 17 No" together.
    void dayHeadingFitsItsDay_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("ar_AE") << QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    }
    void dayHeadingFitsItsDay()
    {
        QFETCH(QLocale, locale);
        const QLocale previous;
        QLocale::setDefault(locale);
        const QFontMetrics metrics(QFont{});
        const QDate day(2026, 11, 16);
        const QString full = QLocale().toString(day, QStringLiteral("ddd d MMM"));
        QCOMPARE(CalendarPainter::dayHeading(day, metrics, 400), full);
        for (int width : {120, 60, 40, 25, 12}) {
            const QString heading = CalendarPainter::dayHeading(day, metrics, width);
            QVERIFY2(metrics.horizontalAdvance(heading) <= width, qPrintable(heading));
            QVERIFY(!heading.isEmpty());
        }
        // The day of the month survives as long as it fits at all.
        QCOMPARE(CalendarPainter::dayHeading(day, metrics, metrics.horizontalAdvance(QLocale().toString(16)) + 1),
                 QLocale().toString(day, QStringLiteral("d")));
        QLocale::setDefault(previous);
    }

    void narrowLanesShowInitials()
    {
        const QFontMetrics metrics(QFont{});
        const QString name = QStringLiteral("Dr. Ahmed Al-Rashid");
        QCOMPARE(CalendarPainter::laneHeading(name, metrics, 1000), name);
        QCOMPARE(CalendarPainter::laneHeading(name, metrics, 40), QStringLiteral("AA"));
        QCOMPARE(CalendarPainter::laneHeading(QStringLiteral("Consultation Room 2"), metrics, 40), QStringLiteral("CR2"));
        QCOMPARE(CalendarPainter::laneHeading(QStringLiteral("غرفة الاستشارة"), metrics, 30), QStringLiteral("غا"));
        const QFontMetrics m(QFont{});
        QCOMPARE(CalendarPainter::laneHeading(QStringLiteral("Nurse Layla Hassan"), metrics,
                                              m.horizontalAdvance(QStringLiteral("N")) + 1),
                 QStringLiteral("N"));
        const QString tiny = CalendarPainter::laneHeading(name, metrics, 3);
        QVERIFY(metrics.horizontalAdvance(tiny) <= 3);
    }

    void headingToolTipNamesTheLaneAndDay()
    {
        CalendarView view;
        view.resize(700, 400);
        view.setDays({QDate(2026, 11, 16), QDate(2026, 11, 17)});
        view.setLanes({{1, QStringLiteral("Dr. Ahmed Al-Rashid")}, {2, QStringLiteral("Nurse Sara")}});
        const QRect secondDayFirstLane = view.laneRect(2);
        const QString tip = view.headerToolTipAt(QPoint(secondDayFirstLane.center().x(), 30));
        QVERIFY2(tip.contains(QStringLiteral("Dr. Ahmed Al-Rashid")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(QDate(2026, 11, 17), QLocale::LongFormat)), qPrintable(tip));
        QVERIFY(view.headerToolTipAt(QPoint(secondDayFirstLane.center().x(), CalendarView::kHeader + 10)).isEmpty());
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
