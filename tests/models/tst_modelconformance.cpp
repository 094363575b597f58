// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QAbstractItemModelTester on the proxies no other test attached it to, driven through
// loads, resets and filter changes: the calendar list's BookingsFilterModel over
// BookingsModel (demo sandbox) and the inbox thread's ThreadViewProxy over ThreadModel (fake
// API). Every source model already has its own tester in its own test.
#include "apiclient.h"
#include "bookingsfiltermodel.h"
#include "bookingsmodel.h"
#include "calendarrules.h"
#include "fakeconversationsapi.h"
#include "restbookingsapi.h"
#include "sandboxfixture.h"
#include "threadmodel.h"
#include "threadviewproxy.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
Page<Message> messages(qint64 from, qint64 to, int page, int last)
{
    Page<Message> p;
    for (qint64 id = to; id >= from; --id) { // newest first, like the server
        Message m;
        m.id = id;
        m.contactId = 42;
        m.channel = QStringLiteral("whatsapp");
        m.direction = id % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound");
        m.type = QStringLiteral("text");
        m.content = QStringLiteral("m%1").arg(id);
        m.status = QStringLiteral("delivered");
        m.createdAt = QDateTime(QDate(2026, 3, 4), QTime(8, 0), Qt::UTC).addSecs(60 * id);
        p.items.append(m);
    }
    p.meta = pageMeta(page, last, 3);
    return p;
}

BookingQuery weekOf(const QDate &day)
{
    BookingQuery q;
    const auto range
        = CalendarRules::utcRange(CalendarRules::visibleDays(day, true), QTimeZone::utc());
    q.from = range.from;
    q.to = range.to;
    return q;
}

// Attached before any data arrives; network-backed models fetch only when the test says so.
std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
{
    auto t = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    t->setUseFetchMore(false);
    return t;
}
} // namespace

class TestModelConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bookingsFilterModel()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        SandboxFixture fixture(options);
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setConnection(
            ApiConnection { fixture.baseUrl(), fixture.apiKey(), ApiConnection::AuthStyle::Bearer });
        RestBookingsApi api(&client);

        BookingsModel model(api);
        BookingsFilterModel proxy(&model);
        const auto modelTester = tester(&model);
        const auto proxyTester = tester(&proxy);
        model.setLoadAllPages(true);
        QSignalSpy loaded(&model, &BookingsModel::loaded);
        model.setQuery(weekOf(QDate(2026, 3, 4)));
        QVERIFY(loaded.wait(10000));
        const int all = model.rowCount();
        QVERIFY(all > 0);

        CalendarFilters filters;
        filters.showCancelled = true;
        proxy.setFilters(filters);
        QCOMPARE(proxy.rowCount(), all);
        filters.status = QStringLiteral("confirmed");
        proxy.setFilters(filters);
        QVERIFY(proxy.rowCount() <= all);
        filters = CalendarFilters {};
        proxy.setFilters(filters);
        proxy.sort(BookingsModel::StatusColumn, Qt::DescendingOrder);

        // Another week resets the source under the sorted, filtered proxy.
        model.setQuery(weekOf(QDate(2026, 3, 11)));
        QVERIFY(loaded.wait(10000));
        model.setQuery(weekOf(QDate(2026, 3, 4)));
        QVERIFY(loaded.wait(10000));
        QVERIFY(proxy.rowCount() > 0);
    }

    void threadViewProxy()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        ThreadViewProxy proxy;
        proxy.setSourceModel(&model);
        const auto proxyTester = tester(&proxy);
        model.setPageSize(3);
        model.setContact(42);
        api.messageCalls.last().answer(messages(8, 10, 1, 4));
        QCOMPARE(proxy.rowCount(), 3);
        model.fetchMore({}); // older messages, inserted at the top
        api.messageCalls.last().answer(messages(5, 7, 2, 4));
        QCOMPARE(proxy.rowCount(), 6);
        model.send(QStringLiteral("hi"), QStringLiteral("whatsapp"));
        QVERIFY(!api.sendCalls.isEmpty());
        Message sent = messages(11, 11, 1, 1).items.first();
        sent.content = QStringLiteral("hi");
        api.sendCalls.last().answer(sent);
        QCOMPARE(proxy.rowCount(), 7);
        QVERIFY(!proxy.index(6, 0).data(Qt::DisplayRole).toString().isEmpty());
        model.setContact(43); // another conversation: a reset
        api.messageCalls.last().answer(messages(1, 2, 1, 1));
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_MAIN(TestModelConformance)
#include "tst_modelconformance.moc"
