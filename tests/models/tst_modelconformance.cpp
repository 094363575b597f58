// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QAbstractItemModelTester on the proxies no other test attached it to, driven through
// loads, resets and filter changes: the calendar list's BookingsFilterModel over
// BookingsModel (demo sandbox) and the inbox thread's ThreadViewProxy over ThreadModel (fake
// API). Every source model already has its own tester in its own test; here it also
// watches the changes those tests leave out: ContactsModel's update, remove and sort
// (demo sandbox), ConversationsModel's merge (rows moving), rows dropped from "unread only",
// mark-read and a reset by setConversations, ThreadModel's newer messages, a failed send, its
// retry and its discard (fake API). docs/architecture.md lists where
// each model is tested.
#include "apiclient.h"
#include "bookingsfiltermodel.h"
#include "bookingsmodel.h"
#include "contactsandbox.h"
#include "contactsmodel.h"
#include "conversationsmodel.h"
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

Conversation conversation(qint64 contactId, int minutesAgo, int unread)
{
    Conversation c;
    c.id = contactId * 10;
    c.contact.id = contactId;
    c.contact.name = QStringLiteral("Contact %1").arg(contactId);
    c.channel = QStringLiteral("whatsapp");
    c.unreadCount = unread;
    c.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC).addSecs(-60 * minutesAgo);
    return c;
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

    void contactsModelUpdateRemoveAndSort()
    {
        ContactSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.fixture->error()));
        ContactsModel model(*sandbox.api);
        const auto modelTester = tester(&model);
        QSignalSpy pages(&model, &ContactsModel::pageLoaded);
        model.setQuery({});
        QVERIFY(pages.wait(10000));
        const int loaded = model.rowCount();
        QVERIFY(loaded > 3);
        model.fetchMore({}); // the second page appended
        QVERIFY(pages.wait(10000));
        QVERIFY(model.rowCount() > loaded);

        Contact changed;
        changed.id = model.idAt(2);
        changed.name = QStringLiteral("Renamed");
        model.updateContact(changed);
        QCOMPARE(model.nameAt(2), QStringLiteral("Renamed"));
        model.setBlacklisted(changed.id, true);
        const int before = model.rowCount();
        model.removeContact(model.idAt(0));
        model.removeContact(model.idAt(model.rowCount() - 1));
        QCOMPARE(model.rowCount(), before - 2);
        model.sort(ContactsModel::NameColumn, Qt::DescendingOrder); // a reset, then page 1
        QVERIFY(pages.wait(10000));
        QVERIFY(model.rowCount() > 0);
    }

    void conversationsModelMergeDropAndReset()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        const auto modelTester = tester(&model);
        model.setQuery({}, true, {}); // unread only
        api.conversationCalls.last().answer(Page<Conversation> {
            { conversation(1, 1, 2), conversation(2, 5, 1), conversation(3, 9, 4) }, pageMeta(1, 1) });
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.markRead(1));
        // A refresh: 1 (read here) drops out; 3 has a newer message and moves to the top,
        // 2 was read elsewhere, a new 4 arrives.
        const Page<Conversation> fresh {
            { conversation(3, 0, 5), conversation(4, 3, 1), conversation(2, 5, 0) }, pageMeta(1, 1) };
        model.refresh();
        api.conversationCalls.last().answer(fresh);
        QCOMPARE(model.rowForContact(3), 0);
        QCOMPARE(model.rowForContact(1), -1);
        QCOMPARE(model.rowCount(), 3);
        model.refresh(); // 2, read since the last refresh, drops out now
        api.conversationCalls.last().answer(
            Page<Conversation> { { conversation(3, 0, 5), conversation(4, 3, 1) }, pageMeta(1, 1) });
        QCOMPARE(model.rowForContact(2), -1);
        QCOMPARE(model.rowCount(), 2);
        model.setConversations({ conversation(5, 1, 0) }, false); // what the cache had
        QCOMPARE(model.rowCount(), 1);
        model.setQuery({}, false, QStringLiteral("Contact")); // a search: a reset
        api.conversationCalls.last().answer(Page<Conversation> {
            { conversation(6, 1, 0), conversation(7, 2, 0) }, pageMeta(1, 1) });
        QCOMPARE(model.rowCount(), 2);
    }

    void threadModelNewerFailedSendRetryAndDiscard()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        ThreadViewProxy proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = tester(&model);
        const auto proxyTester = tester(&proxy);
        model.setPageSize(3);
        model.setContact(42);
        api.messageCalls.last().answer(messages(8, 10, 1, 1));
        QCOMPARE(model.rowCount(), 3);
        model.refresh(); // two newer messages, then one already known: appended below
        api.messageCalls.last().answer(messages(10, 12, 1, 1));
        QCOMPARE(model.rowCount(), 5);
        const int row = model.send(QStringLiteral("hi"), QStringLiteral("whatsapp"));
        QCOMPARE(row, 5);
        const auto failAndCheck = [&] {
            api.sendCalls.last().answer(ApiError(ApiError::Kind::Server, 500, QStringLiteral("down")));
            api.messageCalls.last().answer(messages(10, 12, 1, 1)); // the check: not stored
        };
        failAndCheck();
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
            ThreadModel::SendState::Failed);
        QVERIFY(model.retry(row));
        failAndCheck();
        QCOMPARE(model.discard(row), QStringLiteral("hi"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(proxy.rowCount(), 5);
    }
};

QTEST_MAIN(TestModelConformance)
#include "tst_modelconformance.moc"
