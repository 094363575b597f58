// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every one of the 37 endpoints of the v1 changelog has its typed call, and each call puts
// exactly that method and path on the wire (recorded by a raw peer, ids filled in).
#include "clientpeerfixture.h"
#include "restaccountapi.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "restwebhooksapi.h"

#include <QSet>
#include <QTest>

#include <memory>

namespace {
// The changelog's list (seed 000), in its order, with {id} as 7.
const QStringList ChangelogEndpoints = {
    QStringLiteral("GET /api/v1/contacts"),
    QStringLiteral("POST /api/v1/contacts"),
    QStringLiteral("GET /api/v1/contacts/7"),
    QStringLiteral("PUT /api/v1/contacts/7"),
    QStringLiteral("DELETE /api/v1/contacts/7"),
    QStringLiteral("POST /api/v1/contacts/7/blacklist"),
    QStringLiteral("GET /api/v1/contacts/7/notes"),
    QStringLiteral("POST /api/v1/contacts/7/notes"),
    QStringLiteral("GET /api/v1/conversations"),
    QStringLiteral("GET /api/v1/contacts/7/messages"),
    QStringLiteral("POST /api/v1/messages/send"),
    QStringLiteral("GET /api/v1/bookings"),
    QStringLiteral("POST /api/v1/bookings"),
    QStringLiteral("GET /api/v1/bookings/7"),
    QStringLiteral("PUT /api/v1/bookings/7"),
    QStringLiteral("POST /api/v1/bookings/7/cancel"),
    QStringLiteral("GET /api/v1/bookings/types"),
    QStringLiteral("GET /api/v1/bookings/resources"),
    QStringLiteral("GET /api/v1/bookings/availability"),
    QStringLiteral("GET /api/v1/webhooks"),
    QStringLiteral("POST /api/v1/webhooks"),
    QStringLiteral("GET /api/v1/webhooks/7"),
    QStringLiteral("PUT /api/v1/webhooks/7"),
    QStringLiteral("DELETE /api/v1/webhooks/7"),
    QStringLiteral("POST /api/v1/webhooks/7/test"),
    QStringLiteral("GET /api/v1/webhooks/7/deliveries"),
    QStringLiteral("POST /api/v1/webhooks/7/regenerate-secret"),
    QStringLiteral("GET /api/v1/webhooks/events"),
    QStringLiteral("GET /api/v1/account"),
    QStringLiteral("PATCH /api/v1/account"),
    QStringLiteral("GET /api/v1/account/subscription"),
    QStringLiteral("GET /api/v1/account/channels"),
    QStringLiteral("GET /api/v1/team"),
    QStringLiteral("POST /api/v1/team"),
    QStringLiteral("GET /api/v1/team/7"),
    QStringLiteral("PUT /api/v1/team/7"),
    QStringLiteral("DELETE /api/v1/team/7"),
};

template<typename T> ApiCallback<T> ignore()
{
    return [](const ApiResult<T> &) {};
}
} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEndpointHasItsTypedCall()
    {
        QCOMPARE(ChangelogEndpoints.size(), 37);
        ClientPeerFixture f;
        QVERIFY(f.peer.port() != 0);
        f.client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
        QObject context;
        QObject *c = &context;
        const qint64 id = 7;

        RestContactsApi contacts(&f.client);
        contacts.list(ContactQuery(), c, ignore<Page<Contact>>());
        contacts.create(ContactInput(), c, ignore<Contact>());
        contacts.get(id, c, ignore<Contact>());
        contacts.update(id, ContactInput(), c, ignore<Contact>());
        contacts.remove(id, c, ignore<ApiDone>());
        contacts.toggleBlacklist(id, c, ignore<BlacklistState>());
        contacts.listNotes(id, PageRequest(), c, ignore<Page<Note>>());
        contacts.addNote(id, QStringLiteral("x"), c, ignore<Note>());

        RestConversationsApi conversations(&f.client);
        conversations.listConversations(ConversationQuery(), c, ignore<Page<Conversation>>());
        conversations.listMessages(id, PageRequest(), c, ignore<Page<Message>>());
        conversations.send(MessageDraft(), c, ignore<Message>());

        RestBookingsApi bookings(&f.client);
        bookings.list(BookingQuery(), c, ignore<Page<Booking>>());
        bookings.create(BookingInput(), c, ignore<Booking>());
        bookings.get(id, c, ignore<Booking>());
        bookings.update(id, BookingInput(), c, ignore<Booking>());
        bookings.cancel(id, c, ignore<Booking>());
        bookings.listTypes(c, ignore<QList<BookingType>>());
        bookings.listResources(c, ignore<QList<Resource>>());
        bookings.availability(AvailabilityQuery(), c, ignore<AvailabilityDay>());

        RestWebhooksApi webhooks(&f.client);
        webhooks.list(PageRequest(), c, ignore<Page<Webhook>>());
        webhooks.create(WebhookInput(), c, ignore<Webhook>());
        webhooks.get(id, c, ignore<Webhook>());
        webhooks.update(id, WebhookInput(), c, ignore<Webhook>());
        webhooks.remove(id, c, ignore<ApiDone>());
        webhooks.sendTest(id, QString(), c, ignore<WebhookDelivery>());
        webhooks.listDeliveries(id, DeliveryQuery(), c, ignore<Page<WebhookDelivery>>());
        webhooks.regenerateSecret(id, c, ignore<WebhookSecret>());
        webhooks.listEvents(c, ignore<QList<WebhookEvent>>());

        RestAccountApi account(&f.client);
        account.fetchAccount(c, ignore<Account>());
        account.updateAccount(AccountUpdate(), c, ignore<Account>());
        account.fetchSubscription(c, ignore<Subscription>());
        account.fetchChannels(c, ignore<QList<Channel>>());

        RestTeamApi team(&f.client);
        team.list(PageRequest(), c, ignore<Page<TeamMember>>());
        team.create(TeamMemberInput(), c, ignore<TeamMember>());
        team.get(id, c, ignore<TeamMember>());
        team.update(id, TeamMemberInput(), c, ignore<TeamMember>());
        team.remove(id, c, ignore<ApiDone>());

        QTRY_COMPARE(f.peer.requests().size(), 37);
        QStringList sent;
        for (const RawHttpPeer::Request &request : f.peer.requests()) {
            const QByteArray path = request.target.split('?').constFirst();
            sent.append(QString::fromLatin1(request.method + ' ' + path));
        }
        sent.sort();
        QStringList expected = ChangelogEndpoints;
        expected.sort();
        QCOMPARE(sent, expected);
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoints)
#include "tst_apiendpoints.moc"
