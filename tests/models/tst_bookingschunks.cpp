// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A page far larger than a screen goes into BookingsModel a chunk per event-loop turn
// (ChunkedRowFeeder): loaded() after the last chunk, the next page only then, and a reset
// cancels what is still to come. The answers are given by the test (no server).
#include "bookingsapi.h"
#include "bookingsmodel.h"
#include "chunkedrowfeeder.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

// Keeps every list() call for the test to answer; the rest is never used here.
class ScriptedBookingsApi final : public BookingsApi
{
public:
    struct Call
    {
        BookingQuery query;
        QPointer<QObject> context;
        ApiCallback<Page<Booking>> callback;
        void answer(const Page<Booking> &page)
        {
            auto cb = std::move(callback);
            callback = nullptr;
            if (context && cb)
                cb(page);
        }
    };
    QList<Call> calls;

    void list(const BookingQuery &query, QObject *context, ApiCallback<Page<Booking>> callback) override
    {
        calls.append({ query, context, std::move(callback) });
    }
    void get(qint64, QObject *, ApiCallback<Booking>) override { }
    void create(const BookingInput &, QObject *, ApiCallback<Booking>) override { }
    void update(qint64, const BookingInput &, QObject *, ApiCallback<Booking>) override { }
    void cancel(qint64, QObject *, ApiCallback<Booking>) override { }
    void listTypes(QObject *, ApiCallback<QList<BookingType>>) override { }
    void listResources(QObject *, ApiCallback<QList<Resource>>) override { }
    void availability(const AvailabilityQuery &, QObject *, ApiCallback<AvailabilityDay>) override { }
};

Page<Booking> bigPage(int rows, int page = 1, int lastPage = 1, qint64 firstId = 1)
{
    Page<Booking> p;
    p.meta.currentPage = page;
    p.meta.lastPage = lastPage;
    p.meta.perPage = rows;
    p.meta.total = rows * lastPage;
    const QDateTime start(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        Booking b;
        b.id = firstId + i;
        b.contactId = 1;
        b.bookingTypeId = 1;
        b.title = QStringLiteral("Booking %1").arg(b.id);
        b.startsAt = start.addSecs(60 * i);
        b.endsAt = b.startsAt.addSecs(30 * 60);
        b.status = QStringLiteral("confirmed");
        p.items.append(b);
    }
    return p;
}

} // namespace

class TestBookingsChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLargePageGoesInByChunks()
    {
        ScriptedBookingsApi api;
        BookingsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setQuery(BookingQuery());
        QCOMPARE(api.calls.size(), 1);
        api.calls[0].answer(bigPage(5000, 1, 2));
        // Only the first chunk in this turn: the GUI thread is free again before the rest.
        QCOMPARE(model.rowCount(), ChunkedRowFeeder::DefaultChunkRows);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(loaded.size(), 0);
        QTRY_COMPARE(model.rowCount(), 5000);
        QVERIFY(inserted.size() >= 3); // 2,000 + 2,000 + 1,000, each in its own turn
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore({})); // page 2 of 2, on demand
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(BookingsModel::IdRole).toLongLong(), qint64(row + 1));
    }

    void everyPageWaitsForTheLastChunkOfThePreviousOne()
    {
        ScriptedBookingsApi api;
        BookingsModel model(api);
        model.setLoadAllPages(true);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        model.setQuery(BookingQuery());
        api.calls[0].answer(bigPage(3000, 1, 2));
        QCOMPARE(api.calls.size(), 1); // page 2 only once page 1 is all in: rows stay in order
        QTRY_COMPARE(api.calls.size(), 2);
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(api.calls[1].query.page.page, 2);
        QCOMPARE(loaded.size(), 0);
        api.calls[1].answer(bigPage(10, 2, 2, 3001));
        QCOMPARE(model.rowCount(), 3010);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.bookings().last().id, qint64(3010));
    }

    void aResetCancelsTheRest()
    {
        ScriptedBookingsApi api;
        BookingsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        model.setQuery(BookingQuery());
        api.calls[0].answer(bigPage(5000));
        QCOMPARE(model.rowCount(), ChunkedRowFeeder::DefaultChunkRows);
        model.setQuery(BookingQuery()); // another week: a reset
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // The feed would need two more turns; a few turns later nothing of it has come.
        QVERIFY(!inserted.wait(100));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(model.isLoading()); // the new week's request is still out
        api.calls[1].answer(bigPage(5, 1, 1, 90001));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(loaded.size(), 1);
    }

    void anUpsertDuringTheFeedFindsTheRowsStillToCome()
    {
        ScriptedBookingsApi api;
        BookingsModel model(api);
        model.setQuery(BookingQuery());
        api.calls[0].answer(bigPage(5000));
        Booking changed = bigPage(1, 1, 1, 4500).items.first();
        changed.status = QStringLiteral("cancelled");
        model.upsert(changed);
        QCOMPARE(model.rowCount(), 5000); // replaced, not added a second time
        QCOMPARE(model.booking(4500)->status, QStringLiteral("cancelled"));
    }
};

QTEST_MAIN(TestBookingsChunks)
#include "tst_bookingschunks.moc"
