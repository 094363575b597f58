// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BookingsModel and AvailabilityCache against the real sandbox (demo seed, pinned clock).
#include "apiclient.h"
#include "availabilitycache.h"
#include "bookingsmodel.h"
#include "calendarrules.h"
#include "countingbookingsapi.h"
#include "restbookingsapi.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestBookingsModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestBookingsApi> m_rest;

    static BookingQuery weekQuery(const QDate &day = QDate(2026, 3, 4))
    {
        BookingQuery q;
        const auto range
            = CalendarRules::utcRange(CalendarRules::visibleDays(day, true), QTimeZone::utc());
        q.from = range.from;
        q.to = range.to;
        return q;
    }

    // 140 bookings of 20 minutes in the week of 16 March (beyond the demo seed's bookings):
    // Monday to Friday, every resource, every half hour from midnight to 03:00.
    static constexpr int kBusyWeekBookings = 140;
    static QDate busyWeek() { return QDate(2026, 3, 18); }
    bool makeBusyWeek()
    {
        for (int day = 16; day <= 20; ++day) {
            for (int resource = 1; resource <= 4; ++resource) {
                for (int slot = 0; slot < 7; ++slot) {
                    const QDateTime start(
                        QDate(2026, 3, day), QTime(slot / 2, slot % 2 * 30), QTimeZone::utc());
                    const TestReply made = m_fixture->http().post(QStringLiteral("/bookings"),
                        QJsonObject { { QStringLiteral("contact_id"), 1 + slot },
                            { QStringLiteral("booking_type_id"), 2 },
                            { QStringLiteral("resource_id"), resource },
                            { QStringLiteral("starts_at"), start.toString(Qt::ISODate) } });
                    if (made.status != 201)
                        return false;
                }
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 1000; // the busy week is made through the API
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setConnection(ApiConnection {
            m_fixture->baseUrl(), m_fixture->apiKey(), ApiConnection::AuthStyle::Bearer });
        m_rest = std::make_unique<RestBookingsApi>(m_client.get());
        QVERIFY(makeBusyWeek());
    }

    void loadsEveryPageOfAWeekWithTheTester()
    {
        CountingBookingsApi api(*m_rest);
        BookingsModel model(api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setLoadAllPages(true);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        model.setQuery(weekQuery());
        QVERIFY(loaded.wait(10000));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(BookingsModel::ColumnCount));
        const auto range = CalendarRules::utcRange(
            CalendarRules::visibleDays(QDate(2026, 3, 4), true), QTimeZone::utc());
        for (const Booking &b : model.bookings())
            QVERIFY(b.startsAt >= range.from && b.startsAt < range.to);
        // A demo week fits in one page of 100: one request per week.
        QCOMPARE(api.lists, (model.rowCount() + 99) / 100);
        const QModelIndex first = model.index(0, BookingsModel::StatusColumn);
        QCOMPARE(first.data(BookingsModel::IdRole).toLongLong(), model.bookings().first().id);
        QVERIFY(!first.data().toString().isEmpty());
    }

    void pagesOnDemandAndDropsStaleAnswers()
    {
        BookingsModel model(*m_rest);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        BookingQuery q = weekQuery();
        q.page.perPage = 5;
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        model.setQuery(q);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page in flight at a time
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 10);

        // A second query before the first answered: only the second one's rows appear.
        BookingQuery confirmed = weekQuery();
        confirmed.status = QStringLiteral("confirmed");
        model.setQuery(weekQuery());
        model.setQuery(confirmed);
        loaded.clear();
        QVERIFY(loaded.wait(10000));
        // Every reply is back, the older query's too (dropped, or it would show below).
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QCOMPARE(loaded.count(), 1);
        for (const Booking &b : model.bookings())
            QCOMPARE(b.status, QStringLiteral("confirmed"));
    }

    void pagesThroughAWeekOfMoreThan100Bookings()
    {
        CountingBookingsApi api(*m_rest);
        BookingsModel model(api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setLoadAllPages(true);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        QSignalSpy inserted(&model, &BookingsModel::rowsInserted);
        model.setQuery(weekQuery(busyWeek()));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.count(), 1); // once, when the last page is in
        QCOMPARE(model.rowCount(), kBusyWeekBookings);
        QCOMPARE(api.lists, 2); // 100 + 40, following meta.last_page
        QCOMPARE(inserted.count(), 2); // shown page by page
        QSet<qint64> ids;
        const auto range = CalendarRules::utcRange(
            CalendarRules::visibleDays(busyWeek(), true), QTimeZone::utc());
        for (const Booking &b : model.bookings()) {
            ids.insert(b.id);
            QVERIFY(b.startsAt >= range.from && b.startsAt < range.to);
        }
        QCOMPARE(ids.size(), kBusyWeekBookings);

        // A background refresh swaps every page in at once: never the first page alone.
        QList<int> rowsAfterReset;
        connect(&model, &BookingsModel::modelReset, this,
            [&model, &rowsAfterReset] { rowsAfterReset.append(model.rowCount()); });
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(api.lists, 4);
        QCOMPARE(rowsAfterReset, QList<int> { kBusyWeekBookings });
        QCOMPARE(model.rowCount(), kBusyWeekBookings);
    }

    void aWeekSwitchMidwayDropsTheOldWeeksPages()
    {
        CountingBookingsApi api(*m_rest);
        BookingsModel model(api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setLoadAllPages(true);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        QSignalSpy inserted(&model, &BookingsModel::rowsInserted);
        model.setQuery(weekQuery(busyWeek()));
        QVERIFY(inserted.wait(10000)); // the first 100 are in, the second page is asked for
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(api.lists, 2);
        model.setQuery(weekQuery()); // the user moves to another week meanwhile
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(m_client->pendingCount(), 0); // the busy week's second page is back too
        QCOMPARE(loaded.count(), 1);
        const auto range = CalendarRules::utcRange(
            CalendarRules::visibleDays(QDate(2026, 3, 4), true), QTimeZone::utc());
        QVERIFY(model.rowCount() > 0);
        for (const Booking &b : model.bookings())
            QVERIFY2(b.startsAt >= range.from && b.startsAt < range.to,
                qPrintable(b.startsAt.toString(Qt::ISODate)));
        const int total
            = m_fixture->http()
                  .get(QStringLiteral("/bookings"),
                      QUrlQuery { { QStringLiteral("from"), QStringLiteral("2026-03-02") },
                          { QStringLiteral("to"), QStringLiteral("2026-03-08") } })
                  .meta()
                  .value(QStringLiteral("total"))
                  .toInt();
        QCOMPARE(model.rowCount(), total);
    }

    void namesMissingTypesAndResourcesByNumber()
    {
        BookingsModel model(*m_rest);
        Booking b;
        b.id = 9999;
        b.bookingTypeId = 77;
        b.resourceId = 88;
        b.status = QStringLiteral("pending");
        model.upsert(b);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, BookingsModel::TypeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("77")));
        QVERIFY(model.index(0, BookingsModel::ResourceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("88")));
        // A partial answer (create, cancel) keeps what it lacks.
        Booking partial;
        partial.id = 9999;
        partial.bookingTypeId = 77;
        partial.status = QStringLiteral("cancelled");
        model.upsert(partial);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.bookings().first().resourceId, std::optional<qint64>(88));
        QCOMPARE(model.bookings().first().status, QStringLiteral("cancelled"));
    }

    void availabilityIsAskedOncePerDayAndRefreshedWhenStale()
    {
        CountingBookingsApi api(*m_rest);
        AvailabilityCache cache(api);
        qint64 clock = 1000000;
        cache.setClock([&clock] { return clock; });
        const QList<QDate> days { QDate(2026, 3, 4), QDate(2026, 3, 5) };
        cache.request(days); // no type chosen: nothing to ask
        QCOMPARE(api.availabilities, 0);
        cache.setSelection(3, std::nullopt);
        QSignalSpy changed(&cache, &AvailabilityCache::dayChanged);
        cache.request(days);
        cache.request(days); // in flight: not asked twice
        QCOMPARE(api.availabilities, 2);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        QVERIFY(cache.day(QDate(2026, 3, 4)).has_value());
        QVERIFY(!cache.day(QDate(2026, 3, 4))->timeSlots.isEmpty());
        cache.request(days);
        QCOMPARE(api.availabilities, 2);
        clock += 61000;
        cache.request(days);
        QCOMPARE(api.availabilities, 4);
        cache.setSelection(3, 2); // another resource: the cache starts again
        QVERIFY(!cache.day(QDate(2026, 3, 4)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBookingsModel)
#include "tst_bookingsmodel.moc"
