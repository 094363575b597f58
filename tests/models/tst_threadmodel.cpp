// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ThreadModel against a scripted API: order, older pages, gap-free resync, sending,
// failures that are never resent on their own, unreadable messages.
#include "fakeconversationsapi.h"
#include "threadmodel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(ApiError)

namespace {
Message msg(qint64 id, bool inbound, const QString &text, int minute = 0)
{
    Message m;
    m.id = id;
    m.contactId = 42;
    m.channel = QStringLiteral("whatsapp");
    m.direction = inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
    m.type = QStringLiteral("text");
    m.content = text;
    m.status = QStringLiteral("delivered");
    m.createdAt = QDateTime(QDate(2026, 3, 4), QTime(8, 0), Qt::UTC).addSecs(60 * (minute ? minute : id));
    return m;
}

// Newest first, like the server.
Page<Message> newestFirst(qint64 from, qint64 to, int page, int last)
{
    Page<Message> p;
    for (qint64 id = to; id >= from; --id)
        p.items.append(msg(id, id % 2 == 0, QStringLiteral("m%1").arg(id)));
    p.meta = pageMeta(page, last, 3);
    return p;
}

// Arabic for the two server words the refusal test needs (the app's catalogue lives in
// skylight_app; this test links the models only).
class ArabicServerWords final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ServerMessageText") != 0)
            return {};
        if (qstrcmp(source, "The selected %1 is invalid.") == 0)
            return QStringLiteral("%1 المختارة غير صالحة.");
        if (qstrcmp(source, "channel") == 0)
            return QStringLiteral("القناة");
        return {};
    }
};
} // namespace

class TestThreadModel : public QObject
{
    Q_OBJECT

private:
    static void load(FakeConversationsApi &api, ThreadModel &model)
    {
        model.setPageSize(3);
        model.setContact(42);
        api.messageCalls.last().answer(newestFirst(8, 10, 1, 4));
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        load(api, model);
        model.fetchMore({});
        api.messageCalls.last().answer(newestFirst(5, 7, 2, 4));
        model.send(QStringLiteral("hi"), QStringLiteral("whatsapp"));
        api.sendCalls.last().answer(msg(11, false, QStringLiteral("hi")));
        QCOMPARE(model.rowCount(), 7);
    }

    void showsOldestFirstAndLoadsOlderAtTheTop()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("m8"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("m10"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(api.messageCalls.size(), 2); // one older page at a time
        QCOMPARE(api.messageCalls.last().args.page.page, 2);
        api.messageCalls.last().answer(newestFirst(5, 7, 2, 4));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("m5"));
        QVERIFY(model.index(0, 0).data(ThreadModel::DateSeparatorRole).toDate().isValid());
        QVERIFY(!model.index(1, 0).data(ThreadModel::DateSeparatorRole).toDate().isValid());
    }

    void resyncKeepsFetchingUntilTheLastSeenMessage()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        QSignalSpy inbound(&model, &ThreadModel::inboundArrived);
        model.refresh();
        // Seven messages arrived while the laptop slept: pages 1-3 hold 17..11.
        api.messageCalls.last().answer(newestFirst(15, 17, 1, 6));
        QCOMPARE(api.messageCalls.last().args.page.page, 2);
        api.messageCalls.last().answer(newestFirst(12, 14, 2, 6));
        QCOMPARE(api.messageCalls.last().args.page.page, 3);
        api.messageCalls.last().answer(newestFirst(9, 11, 3, 6)); // 9 and 10 are known
        QCOMPARE(model.rowCount(), 10);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(ThreadModel::MessageIdRole).toLongLong(), 8 + row);
        QCOMPARE(inbound.size(), 1);
        const auto messages = inbound.first().first().value<QList<Message>>();
        QCOMPARE(messages.size(), 3); // 12, 14 and 16: the even ids are inbound
        QCOMPARE(messages.first().id, 12);
    }

    void sendShowsAtOnceAndIsReplacedByTheServersMessage()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        const int row = model.send(QStringLiteral("See you at 10"), QStringLiteral("whatsapp"));
        QCOMPARE(row, 3);
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Sending);
        QCOMPARE(api.sendCalls.size(), 1);
        QCOMPARE(api.sendCalls.first().args.contactId, 42);
        QCOMPARE(api.sendCalls.first().args.channel, QStringLiteral("whatsapp"));
        QCOMPARE(api.sendCalls.first().args.content, QStringLiteral("See you at 10"));
        Message sent = msg(11, false, QStringLiteral("See you at 10"));
        sent.status = QStringLiteral("sent");
        api.sendCalls.first().answer(sent);
        QCOMPARE(model.index(row, 0).data(ThreadModel::MessageIdRole).toLongLong(), 11);
        QCOMPARE(model.index(row, 0).data(ThreadModel::StatusRole).toString(), QStringLiteral("Sent"));
        // A refresh bringing the same message does not duplicate it.
        model.refresh();
        api.messageCalls.last().answer(newestFirst(9, 11, 1, 4));
        QCOMPARE(model.rowCount(), 4);
    }

    void failedSendKeepsTheTextAndIsNeverResentAlone()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        QSignalSpy failed(&model, &ThreadModel::sendFailed);
        const int row = model.send(QStringLiteral("Your total is 40 AED"), QStringLiteral("whatsapp"));
        api.sendCalls.first().answer(ApiError(ApiError::Kind::Server, 500, QStringLiteral("Server error")));
        // A 500 may have stored it: the thread is looked at before "not sent" is said.
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Checking);
        api.messageCalls.last().answer(newestFirst(8, 10, 1, 4));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Failed);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Your total is 40 AED"));
        model.refresh();
        api.messageCalls.last().answer(newestFirst(8, 10, 1, 4));
        QTest::qWait(50);
        QCOMPARE(api.sendCalls.size(), 1);
        QVERIFY(model.retry(row));
        QCOMPARE(api.sendCalls.size(), 2);
        QVERIFY(!model.retry(row)); // already on its way
        api.sendCalls.last().answer(msg(11, false, QStringLiteral("Your total is 40 AED")));
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Confirmed);
    }

    void timeoutIsNotConfirmedAndValidationKeepsTheServersReason()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        const int a = model.send(QStringLiteral("one"), QStringLiteral("whatsapp"));
        const int b = model.send(QStringLiteral("two"), QStringLiteral("sms"));
        api.sendCalls[0].answer(ApiError(ApiError::Kind::Timeout));
        ApiError invalid(ApiError::Kind::Validation, 422, QStringLiteral("The given data was invalid."));
        invalid.fieldErrors.insert(QStringLiteral("channel"), {QStringLiteral("The channel is not connected.")});
        api.sendCalls[1].answer(invalid);
        // The look for the first one fails too: it stays unconfirmed, never "not sent".
        api.messageCalls.last().answer(ApiError(ApiError::Kind::Network));
        QCOMPARE(model.index(a, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::NotConfirmed);
        QCOMPARE(model.index(a, 0).data(ThreadModel::StatusRole).toString(), QStringLiteral("Not confirmed"));
        QCOMPARE(model.index(b, 0).data(ThreadModel::ErrorRole).toString(), QStringLiteral("The channel is not connected."));
        QCOMPARE(model.discard(b), QStringLiteral("two"));
        QCOMPARE(model.rowCount(), 4);
    }

    // The server's field words go through the one place (apierrortext, ServerMessageText):
    // an Arabic receptionist reads them in Arabic, never as the server sent them.
    void refusedSendShowsTheFieldWordsTranslated()
    {
        ArabicServerWords arabic;
        QCoreApplication::installTranslator(&arabic);
        const auto restore = qScopeGuard([&arabic] { QCoreApplication::removeTranslator(&arabic); });
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        const int row = model.send(QStringLiteral("hi"), QStringLiteral("sms"));
        ApiError invalid(ApiError::Kind::Validation, 422, QStringLiteral("The given data was invalid."));
        invalid.fieldErrors.insert(QStringLiteral("channel"), {QStringLiteral("The selected channel is invalid.")});
        api.sendCalls.last().answer(invalid);
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Failed);
        QCOMPARE(model.index(row, 0).data(ThreadModel::ErrorRole).toString(),
                 QStringLiteral("القناة المختارة غير صالحة."));
    }

    void unknownSendFoundOnTheServerIsConfirmed_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::newRow("time-out") << ApiError(ApiError::Kind::Timeout);
        QTest::newRow("dropped after 200") << ApiError(ApiError::Kind::Network, 200);
        QTest::newRow("undecodable body") << ApiError::malformed(QStringLiteral("not JSON"));
        QTest::newRow("502") << ApiError(ApiError::Kind::Server, 502);
    }

    void unknownSendFoundOnTheServerIsConfirmed()
    {
        QFETCH(ApiError, error);
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        QSignalSpy failed(&model, &ThreadModel::sendFailed);
        const int row = model.send(QStringLiteral("Your total is 40 AED"), QStringLiteral("whatsapp"));
        api.sendCalls.first().answer(error);
        QCOMPARE(api.messageCalls.size(), 2); // the load, then the look
        Page<Message> newest = newestFirst(8, 10, 1, 4);
        newest.items.prepend(msg(11, false, QStringLiteral("Your total is 40 AED")));
        api.messageCalls.last().answer(newest);
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Confirmed);
        QCOMPARE(model.index(row, 0).data(ThreadModel::MessageIdRole).toLongLong(), 11);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!model.retry(row));
        QCOMPARE(api.sendCalls.size(), 1);
    }

    void aMessageFromBeforeTheSendOrAnotherSendIsNotAMatch()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        // The same words went out before (id 10 is "m10"), and a second send of them succeeds.
        const int first = model.send(QStringLiteral("m10"), QStringLiteral("whatsapp"));
        const int second = model.send(QStringLiteral("m10"), QStringLiteral("whatsapp"));
        api.sendCalls[1].answer(msg(11, false, QStringLiteral("m10")));
        api.sendCalls[0].answer(ApiError(ApiError::Kind::Timeout));
        Page<Message> newest = newestFirst(8, 10, 1, 4);
        newest.items.prepend(msg(11, false, QStringLiteral("m10")));
        api.messageCalls.last().answer(newest);
        QCOMPARE(model.index(second, 0).data(ThreadModel::MessageIdRole).toLongLong(), 11);
        QCOMPARE(model.index(first, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Failed);
        QVERIFY(!model.index(first, 0).data(ThreadModel::ErrorRole).toString().isEmpty());
    }

    void unconfirmedRetryLooksAgainInsteadOfSending()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        load(api, model);
        const int row = model.send(QStringLiteral("Deposit received"), QStringLiteral("whatsapp"));
        api.sendCalls.first().answer(ApiError(ApiError::Kind::Timeout));
        api.messageCalls.last().answer(ApiError(ApiError::Kind::Network));
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::NotConfirmed);
        const int looks = int(api.messageCalls.size());
        QVERIFY(model.retry(row));
        QCOMPARE(api.sendCalls.size(), 1);
        QCOMPARE(int(api.messageCalls.size()), looks + 1);
        api.messageCalls.last().answer(newestFirst(8, 10, 1, 4));
        QCOMPARE(model.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>(),
                 ThreadModel::SendState::Failed);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Deposit received"));
        QVERIFY(model.retry(row)); // now it is known not to be there: sending is safe
        QCOMPARE(api.sendCalls.size(), 2);
    }

    void malformedMessageIsShownAsUnreadable()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        model.setContact(42);
        Page<Message> p = newestFirst(1, 2, 1, 1);
        p.items[0].direction.clear(); // what a broken server record decodes to
        api.messageCalls.last().answer(p);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(1, 0).data(ThreadModel::IsUnreadableRole).toBool());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("This message could not be read."));
        QVERIFY(!model.index(0, 0).data(ThreadModel::IsUnreadableRole).toBool());
    }

    void anotherContactDropsLateReplies()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        model.setContact(42);
        model.setContact(43);
        api.messageCalls.first().answer(newestFirst(1, 3, 1, 1));
        QCOMPARE(model.rowCount(), 0);
        api.messageCalls.last().answer(newestFirst(4, 4, 1, 1));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
