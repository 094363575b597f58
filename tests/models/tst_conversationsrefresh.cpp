// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a conversations refresh costs (issue 14): the list is ordered by last message, so a
// refresh reads pages only until one holds a conversation that has not changed. The server
// here is a list kept newest first and cut into pages, as GET /conversations does; every
// list request it answers is counted.
#include "conversationsmodel.h"
#include "fakeconversationsapi.h"

#include <QTest>

#include <algorithm>

namespace {

constexpr int PerPage = 5;
const QDateTime Start(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);

class ListServer
{
public:
    explicit ListServer(int conversations)
    {
        for (int i = 1; i <= conversations; ++i) {
            Conversation c;
            c.id = i * 10;
            c.contact.id = i;
            c.contact.name = QStringLiteral("Contact %1").arg(i);
            c.channel = QStringLiteral("whatsapp");
            c.updatedAt = Start.addSecs(-60 * i); // contact 1 is the most recent
            m_items.append(c);
        }
    }

    // A new inbound message: the conversation goes to the top with one more unread.
    void inbound(qint64 contactId, int secondsAfterStart)
    {
        for (Conversation &c : m_items) {
            if (c.contact.id == contactId) {
                c.updatedAt = Start.addSecs(secondsAfterStart);
                ++c.unreadCount;
            }
        }
        std::stable_sort(m_items.begin(), m_items.end(),
                         [](const Conversation &a, const Conversation &b) { return a.updatedAt > b.updatedAt; });
    }

    // Answers every waiting list request; returns how many there were.
    int answerAll(FakeConversationsApi &api)
    {
        int answered = 0;
        while (m_next < api.conversationCalls.size()) {
            auto &call = api.conversationCalls[m_next++];
            const int n = call.args.page.page;
            const int last = int((m_items.size() + PerPage - 1) / PerPage);
            call.answer(Page<Conversation>{m_items.mid((n - 1) * PerPage, PerPage), pageMeta(n, last, PerPage)});
            ++answered;
        }
        return answered;
    }

    const QList<Conversation> &items() const { return m_items; }

private:
    QList<Conversation> m_items;
    qsizetype m_next = 0;
};

// Loads the first three pages (15 conversations) as a scrolled list has them.
void loadThreePages(ConversationsModel &model, FakeConversationsApi &api, ListServer &server)
{
    model.setPageSize(PerPage);
    model.setQuery({}, false, {});
    server.answerAll(api);
    QTRY_VERIFY(!model.isLoading()); // the first page goes in by chunks
    for (int page = 2; page <= 3; ++page) {
        model.fetchMore({});
        QCOMPARE(server.answerAll(api), 1);
    }
    QCOMPARE(model.rowCount(), 3 * PerPage);
}

QList<qint64> contactOrder(const ConversationsModel &model, int rows)
{
    QList<qint64> ids;
    for (int row = 0; row < rows; ++row)
        ids.append(model.index(row, 0).data(ConversationsModel::ContactIdRole).toLongLong());
    return ids;
}

} // namespace

class TestConversationsRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One new message in a conversation on the third loaded page: one list request, and
    // the model shows it first with its unread.
    void oneNewMessageCostsOneListRequest()
    {
        FakeConversationsApi api;
        ListServer server(40);
        ConversationsModel model(api);
        loadThreePages(model, api, server);

        server.inbound(13, 60);
        model.refresh();
        int requests = 0;
        while (model.isLoading() || requests == 0) {
            const int answered = server.answerAll(api);
            if (answered == 0)
                break;
            requests += answered;
        }
        QCOMPARE(requests, 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 3 * PerPage);
        QCOMPARE(contactOrder(model, 4), (QList<qint64>{13, 1, 2, 3}));
        QCOMPARE(model.index(0, 0).data(ConversationsModel::UnreadCountRole).toInt(), 1);
    }

    // More conversations changed than a page holds: the first page alone would leave a
    // changed one stale further down, so the refresh goes on to the page that has an
    // unchanged conversation, and stops there (2 requests, not 3).
    void readsOnUntilAPageHasAnUnchangedConversation()
    {
        FakeConversationsApi api;
        ListServer server(40);
        ConversationsModel model(api);
        loadThreePages(model, api, server);

        // Contact 14 first, then five newer ones: 14 lands on the second page.
        server.inbound(14, 60);
        for (qint64 contact : {9, 10, 11, 12, 15})
            server.inbound(contact, 120 + int(contact));
        model.refresh();
        int requests = 0;
        for (int turn = 0; turn < 5 && (model.isLoading() || requests == 0); ++turn)
            requests += server.answerAll(api);
        QCOMPARE(requests, 2);
        QVERIFY(!model.isLoading());
        QList<qint64> expected;
        for (int row = 0; row < 3 * PerPage; ++row)
            expected.append(server.items().at(row).contact.id);
        QCOMPARE(contactOrder(model, 3 * PerPage), expected);
        const int row14 = model.rowForContact(14);
        QCOMPARE(row14, PerPage); // first of the second page
        QCOMPARE(model.index(row14, 0).data(ConversationsModel::UnreadCountRole).toInt(), 1);
        QCOMPARE(model.unreadTotal(), 6);
    }

    // Nothing changed: one request, nothing moves.
    void nothingNewCostsOneListRequest()
    {
        FakeConversationsApi api;
        ListServer server(40);
        ConversationsModel model(api);
        loadThreePages(model, api, server);
        const QList<qint64> before = contactOrder(model, 3 * PerPage);
        model.refresh();
        QCOMPARE(server.answerAll(api), 1);
        QCOMPARE(server.answerAll(api), 0);
        QVERIFY(!model.isLoading());
        QCOMPARE(contactOrder(model, 3 * PerPage), before);
    }
};

QTEST_MAIN(TestConversationsRefresh)
#include "tst_conversationsrefresh.moc"
