// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ConversationsModel against a scripted API: paging, filters, merging a refresh, stale replies.
#include "conversationsmodel.h"
#include "fakeconversationsapi.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

namespace {
Conversation conv(qint64 contactId, const QString &name, int minutesAgo, int unread = 0)
{
    Conversation c;
    c.id = contactId * 10;
    c.contact.id = contactId;
    c.contact.name = name;
    c.channel = QStringLiteral("whatsapp");
    c.unreadCount = unread;
    c.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC).addSecs(-60 * minutesAgo);
    Message m;
    m.id = contactId * 100;
    m.direction = QStringLiteral("inbound");
    m.type = QStringLiteral("text");
    m.content = QStringLiteral("Hello from %1").arg(name);
    c.lastMessage = m;
    return c;
}

Page<Conversation> page(const QList<Conversation> &items, int n, int last)
{
    return Page<Conversation>{items, pageMeta(n, last)};
}
} // namespace

class TestConversationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setQuery({}, false, {});
        api.conversationCalls.last().answer(page({conv(1, QStringLiteral("Ann"), 1), conv(2, QStringLiteral("Bob"), 5)}, 1, 2));
        model.fetchMore({});
        api.conversationCalls.last().answer(page({conv(3, QStringLiteral("Cy"), 9)}, 2, 2));
        model.refresh();
        api.conversationCalls.last().answer(page({conv(2, QStringLiteral("Bob"), 0, 1), conv(1, QStringLiteral("Ann"), 1)}, 1, 2));
        QCOMPARE(model.rowCount(), 3);
    }

    void sendsFiltersAndPages()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        model.setQuery(QStringLiteral("sms"), true, QStringLiteral("ahm"));
        QCOMPARE(api.conversationCalls.size(), 1);
        const ConversationQuery q = api.conversationCalls.first().args;
        QCOMPARE(q.channel, QStringLiteral("sms"));
        QVERIFY(q.unreadOnly);
        QCOMPARE(q.search, QStringLiteral("ahm"));
        QCOMPARE(q.page.page, 1);
        QVERIFY(!model.canFetchMore({})); // nothing known before the first answer
        api.conversationCalls.first().answer(page({conv(1, QStringLiteral("Ann"), 1)}, 1, 3));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // a view asking twice while the page is on its way
        QCOMPARE(api.conversationCalls.size(), 2);
        QCOMPARE(api.conversationCalls.last().args.page.page, 2);
        api.conversationCalls.last().answer(page({conv(2, QStringLiteral("Bob"), 3)}, 2, 3));
        QCOMPARE(model.rowCount(), 2);
        model.fetchMore({});
        QCOMPARE(api.conversationCalls.last().args.page.page, 3);
        api.conversationCalls.last().answer(page({conv(3, QStringLiteral("Cy"), 4)}, 3, 3));
        QVERIFY(!model.canFetchMore({}));
    }

    void refreshMovesANewMessageToTheTopAndRaisesTheBadge()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        model.setQuery({}, false, {});
        api.conversationCalls.last().answer(page({conv(1, QStringLiteral("Ann"), 1), conv(2, QStringLiteral("Bob"), 5),
                                                 conv(3, QStringLiteral("Cy"), 9)}, 1, 1));
        QPersistentModelIndex bob = model.index(1, 0);
        QSignalSpy raised(&model, &ConversationsModel::unreadRaised);
        model.refresh();
        api.conversationCalls.last().answer(page({conv(2, QStringLiteral("Bob"), 0, 2), conv(1, QStringLiteral("Ann"), 1),
                                                 conv(3, QStringLiteral("Cy"), 9)}, 1, 1));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Bob"));
        QCOMPARE(model.index(0, ConversationsModel::UnreadColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(bob.row(), 0); // the view's selection follows the conversation
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(0).toLongLong(), 2);
        QCOMPARE(model.unreadTotal(), 2);
        model.markRead(2);
        QCOMPARE(model.unreadTotal(), 0);
    }

    // Offline, a refresh is answered from the cache with what was saved before the agent
    // read a conversation: it must not come back unread (a second notification for an old
    // message) nor replace the rows the server gave.
    void aRefreshFromTheCacheDoesNotUndoWhatIsShown()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        model.setQuery({}, false, {});
        const Page<Conversation> saved = page({conv(2, QStringLiteral("Bob"), 0, 2), conv(1, QStringLiteral("Ann"), 1)}, 1, 1);
        api.conversationCalls.last().answer(saved);
        QVERIFY(model.markRead(2));
        QCOMPARE(model.unreadTotal(), 0);
        QSignalSpy raised(&model, &ConversationsModel::unreadRaised);
        QSignalSpy loaded(&model, &ConversationsModel::loaded);
        model.refresh();
        ApiResult<Page<Conversation>> fromCache(saved);
        fromCache.setSavedAt(QDateTime(QDate(2026, 3, 4), QTime(8, 59), Qt::UTC));
        api.conversationCalls.last().answer(fromCache);
        QCOMPARE(loaded.size(), 1); // the refresh is over: the next one may go
        QVERIFY(!model.isLoading());
        QCOMPARE(raised.size(), 0);
        QCOMPARE(model.unreadTotal(), 0);
        QVERIFY(!model.savedAt().isValid()); // the rows are still the server's
    }

    void dropsAReplyToAnOlderQuery()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        model.setQuery({}, false, QStringLiteral("a"));
        model.setQuery({}, false, QStringLiteral("ab"));
        api.conversationCalls.last().answer(page({conv(2, QStringLiteral("Abe"), 1)}, 1, 1));
        api.conversationCalls.first().answer(page({conv(1, QStringLiteral("Ann"), 1), conv(3, QStringLiteral("Al"), 1)}, 1, 1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Abe"));
    }

    void reportsFailures()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        QSignalSpy failed(&model, &ConversationsModel::failed);
        model.setQuery({}, false, {});
        api.conversationCalls.last().answer(ApiError(ApiError::Kind::Server, 500));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.isLoading());
    }

    void showsOutboundPreviewAndData()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        Conversation c = conv(7, QStringLiteral("سارة"), 2, 3);
        c.lastMessage->direction = QStringLiteral("outbound");
        model.setConversations({c}, false);
        QVERIFY(model.index(0, ConversationsModel::PreviewColumn).data().toString().contains(QStringLiteral("Hello")));
        QVERIFY(model.index(0, ConversationsModel::PreviewColumn).data().toString() != c.lastMessage->content);
        QCOMPARE(model.index(0, 0).data(ConversationsModel::ContactIdRole).toLongLong(), 7);
        QCOMPARE(model.index(0, 0).data(ConversationsModel::UnreadCountRole).toInt(), 3);
        QCOMPARE(model.index(0, ConversationsModel::ChannelColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("WhatsApp"));
        QVERIFY(!model.index(0, ConversationsModel::ChannelColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString spoken = model.index(0, ConversationsModel::ContactColumn).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(model.index(0, ConversationsModel::ContactColumn).data().toString())
                     && spoken.contains(model.index(0, ConversationsModel::PreviewColumn).data().toString()),
                 qPrintable(spoken));
    }

    void previewsNameWhatAMessageIs_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("preview");
        QTest::newRow("text") << u"text"_qs << u"See you  then\n"_qs << u"See you then"_qs;
        QTest::newRow("no type is text") << QString() << u"Hello"_qs << u"Hello"_qs;
        QTest::newRow("photo") << u"image"_qs << QString() << u"Photo"_qs;
        QTest::newRow("photo with caption") << u"image"_qs << u"x-ray.jpg"_qs << u"Photo: \u2068x-ray.jpg\u2069"_qs; // isolated
        QTest::newRow("voice") << u"audio"_qs << QString() << u"Voice message"_qs;
        QTest::newRow("document") << u"document"_qs << u"invoice-32.pdf"_qs << u"Document: \u2068invoice-32.pdf\u2069"_qs;
        QTest::newRow("location hides coordinates") << u"location"_qs << u"25.2048,55.2708"_qs << u"Location"_qs;
        QTest::newRow("unknown type as sent") << u"sticker"_qs << QString() << u"sticker"_qs;
    }
    void previewsNameWhatAMessageIs()
    {
        QFETCH(QString, type);
        QFETCH(QString, content);
        QFETCH(QString, preview);
        FakeConversationsApi api;
        ConversationsModel model(api);
        Conversation c = conv(9, QStringLiteral("Sarah"), 0, 1);
        c.lastMessage->direction = QStringLiteral("inbound");
        c.lastMessage->type = type;
        c.lastMessage->content = content;
        model.setConversations({c}, false);
        QCOMPARE(model.index(0, ConversationsModel::PreviewColumn).data().toString(), preview);
    }
};

QTEST_GUILESS_MAIN(TestConversationsModel)
#include "tst_conversationsmodel.moc"
