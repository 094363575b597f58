// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The calendar's performance goals (docs/performance.md): a week of 2,000 bookings over
// 10 resources paints in under 8 ms a frame, and a week switch costs one bookings request
// plus one availability request per visible day only when a type is chosen (cached). A
// week of more than 100 bookings costs one bookings request per 100 (the API's per_page
// maximum): requestsPerWeekSwitchOf2000Bookings counts it on a week made through the API.
#include "apiclient.h"
#include "availabilitycache.h"
#include "bookingsmodel.h"
#include "calendarpane.h"
#include "calendarrules.h"
#include "calendarview.h"
#include "countingbookingsapi.h"
#include "panenavigator.h"
#include "restaccountapi.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"

#include <QImage>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
class NoNavigation final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return false; }
    void openContact(int) override { }
    bool canOpenConversation() const override { return false; }
    void openConversation(int) override { }
    bool canBookAppointment() const override { return false; }
    void bookAppointment(const ContactRef &) override { }
};
} // namespace

// The real CalendarPane on the sandbox, in week view, with every bookings call counted
// (user and background priority alike).
struct CountedCalendar
{
    CountedCalendar(SandboxFixture &fixture, const QDate &date)
        : client(&network)
        , rest(&client)
        , background(&client, RequestPriority::Background)
        , user(rest)
        , refresh(background)
        , contacts(&client)
        , account(&client)
        , settings(settingsDir.filePath(QStringLiteral("calendar.ini")), QSettings::IniFormat)
        , pane({user, refresh, contacts, account, navigator, settings})
        , loaded(&pane, &CalendarPane::loaded)
    {
        client.setConnection(ApiConnection{fixture.baseUrl(), fixture.apiKey(), ApiConnection::AuthStyle::Bearer});
        const QDateTime now(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::utc());
        pane.setClock([now] { return now; });
        pane.setDate(date);
        pane.setMode(CalendarPane::Mode::Week);
    }
    bool open()
    {
        pane.reload();
        return loaded.wait(15000);
    }
    // Bookings and availability requests one step costs.
    std::pair<int, int> weekSwitch(int direction)
    {
        const int lists = user.lists + refresh.lists;
        const int slotRequests = user.availabilities + refresh.availabilities;
        pane.step(direction);
        if (!loaded.wait(30000))
            qFatal("no answer");
        QTest::qWait(300); // availability answers
        return {user.lists + refresh.lists - lists, user.availabilities + refresh.availabilities - slotRequests};
    }

    QNetworkAccessManager network;
    ApiClient client;
    RestBookingsApi rest;
    RestBookingsApi background;
    CountingBookingsApi user;
    CountingBookingsApi refresh;
    RestContactsApi contacts;
    RestAccountApi account;
    NoNavigation navigator;
    QTemporaryDir settingsDir; // a fresh pane: no remembered type or resource from another run
    QSettings settings;
    CalendarPane pane;
    QSignalSpy loaded;
};

class BenchCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // One debug line per request would drown the figures (and QtTest stops printing
        // after its maximum number of messages).
        QLoggingCategory::setFilterRules(QStringLiteral("skylight.*.debug=false"));
    }

    void paintWeekOf2000Bookings()
    {
        CalendarView view;
        const QList<QDate> days = CalendarRules::visibleDays(QDate(2026, 3, 4), true);
        QList<CalendarView::Lane> lanes;
        for (int r = 1; r <= 10; ++r)
            lanes.append({ r, QStringLiteral("Resource %1").arg(r) });
        QList<Booking> bookings;
        QRandomGenerator random(42);
        const char *statuses[] = { "pending", "confirmed", "completed" };
        for (int i = 0; i < 2000; ++i) {
            Booking b;
            b.id = i + 1;
            b.resourceId = 1 + random.bounded(10);
            b.startsAt = CalendarRules::at(
                days.at(random.bounded(7)), 7 * 60 + 15 * random.bounded(48), QTimeZone::utc());
            b.endsAt = b.startsAt.addSecs(30 * 60);
            b.status = QLatin1String(statuses[random.bounded(3)]);
            b.title = QStringLiteral("Consultation \u2013 Contact %1").arg(i);
            bookings.append(b);
        }
        view.setDays(days);
        view.setLanes(lanes);
        view.setBookings(bookings);
        view.setNow(QDateTime(QDate(2026, 3, 4), QTime(11, 0), QTimeZone::utc()));
        view.resize(1600, 1000);
        view.show();
        view.scrollToMinutes(8 * 60);
        QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK
        {
            view.viewport()->render(&frame);
        }
    }

    void requestsPerWeekSwitch()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        SandboxFixture fixture(options);
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        CountedCalendar calendar(fixture, QDate(2026, 3, 4));
        QVERIFY(calendar.open());
        CalendarPane &pane = calendar.pane;
        const auto weekSwitch = [&calendar](int direction) { return calendar.weekSwitch(direction); };
        const auto plain = weekSwitch(1);
        qInfo("week switch, no type chosen: %d bookings request(s), %d availability request(s)",
            plain.first, plain.second);
        QCOMPARE(plain.first, 1);
        QCOMPARE(plain.second, 0);
        pane.setTypeFilter(3);
        QTest::qWait(300);
        const auto next = weekSwitch(1);
        qInfo("week switch, type chosen, new week: %d bookings request(s), %d availability "
              "request(s)",
            next.first, next.second);
        QCOMPARE(next.first, 1);
        QCOMPARE(next.second, 7);
        const auto back = weekSwitch(-1);
        qInfo(
            "week switch back to a cached week: %d bookings request(s), %d availability request(s)",
            back.first, back.second);
        QCOMPARE(back.first, 1);
        QCOMPARE(back.second, 0);
    }

    void requestsPerWeekSwitchOf2000Bookings()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000; // the 2,000 bookings are made through the API
        SandboxFixture fixture(options);
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        // The week of 16 March (after the demo seed's bookings): 2,000 bookings of 20
        // minutes, back to back on the 4 demo resources, Monday to Sunday.
        int made = 0;
        for (int slot = 0; made < 2000; ++slot) {
            const QDateTime start(QDate(2026, 3, 16).addDays(slot / (72 * 4)),
                QTime(0, 0).addSecs((slot / 4 % 72) * 20 * 60), QTimeZone::utc());
            const TestReply reply = fixture.http().post(QStringLiteral("/bookings"),
                QJsonObject { { QStringLiteral("contact_id"), 1 + slot % 40 },
                    { QStringLiteral("booking_type_id"), 2 },
                    { QStringLiteral("resource_id"), 1 + slot % 4 },
                    { QStringLiteral("starts_at"), start.toString(Qt::ISODate) } });
            QCOMPARE(reply.status, 201);
            ++made;
        }
        CountedCalendar calendar(fixture, QDate(2026, 3, 9));
        QVERIFY(calendar.open());
        CalendarPane &pane = calendar.pane;
        const auto weekSwitch = [&calendar](int direction) { return calendar.weekSwitch(direction); };
        const auto busy = weekSwitch(1);
        qInfo("week switch to 2,000 bookings, no type chosen: %d bookings request(s), %d "
              "availability request(s)",
            busy.first, busy.second);
        QCOMPARE(int(pane.visibleBookings().size()), 2000);
        QCOMPARE(busy.first, 20);
        QCOMPARE(busy.second, 0);
        pane.setTypeFilter(3);
        QTest::qWait(300);
        const auto quiet = weekSwitch(-1);
        qInfo("week switch back to a demo week, type chosen: %d bookings request(s), %d "
              "availability request(s)",
            quiet.first, quiet.second);
        const auto typed = weekSwitch(1);
        qInfo("week switch to 2,000 bookings again, type chosen, slots cached: %d bookings "
              "request(s), %d availability request(s)",
            typed.first, typed.second);
        QCOMPARE(typed.first, 20);
        QCOMPARE(typed.second, 0);
    }
};

QTEST_MAIN(BenchCalendar)
#include "bench_calendar.moc"
