// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The API classes against the real sandbox on 127.0.0.1: account, contacts, notes,
// conversations, sending, team; validation errors per field and paging.
#include "apierrortext.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "sandboxcall.h"
#include "sandboxclienttest.h"

#include <QTest>

#include <algorithm>

class TestApiSandbox : public SandboxClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox()); }
    void init() { createClient(); }
    void cleanup() { destroyClient(); }
    void cleanupTestCase() { m_fixture.reset(); }

    void accountEndToEnd()
    {
        RestAccountApi api(m_client.get());
        const ApiResult<Account> account = AWAIT(Account, api.fetchAccount(ctx, cb));
        QVERIFY(account.isOk());
        QCOMPARE(account.value().id, 1);
        QCOMPARE(account.value().businessName, QStringLiteral("SkyLight Demo Clinic"));
        QCOMPARE(account.value().timezone, QStringLiteral("UTC"));
        QVERIFY(account.value().createdAt.isValid());

        AccountUpdate update;
        update.businessName = QStringLiteral("عيادة النور");
        update.timezone = QStringLiteral("Asia/Dubai");
        const ApiResult<Account> updated = AWAIT(Account, api.updateAccount(update, ctx, cb));
        QVERIFY(updated.isOk());
        QCOMPARE(updated.value().businessName, QStringLiteral("عيادة النور"));
        QCOMPARE(updated.value().timezone, QStringLiteral("Asia/Dubai"));

        AccountUpdate bad;
        bad.timezone = QStringLiteral("Mars/Olympus_Mons");
        const ApiResult<Account> refused = AWAIT(Account, api.updateAccount(bad, ctx, cb));
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().httpStatus, 422);
        QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("timezone")));

        AccountUpdate restore;
        restore.businessName = QStringLiteral("SkyLight Demo Clinic");
        restore.timezone = QStringLiteral("UTC");
        QVERIFY(AWAIT(Account, api.updateAccount(restore, ctx, cb)).isOk());

        const ApiResult<Subscription> subscription
            = AWAIT(Subscription, api.fetchSubscription(ctx, cb));
        QVERIFY(subscription.isOk());
        QCOMPARE(subscription.value().plan.code, QStringLiteral("pro"));
        QCOMPARE(subscription.value().plan.price, 49.0);
        QCOMPARE(subscription.value().limits.contacts, 10000);
        QVERIFY(subscription.value().usage.teamMembers >= 1);
        QVERIFY(subscription.value().currentPeriodEnd.isValid());

        const ApiResult<QList<Channel>> channels
            = AWAIT(QList<Channel>, api.fetchChannels(ctx, cb));
        QVERIFY(channels.isOk());
        QCOMPARE(channels.value().size(), 7);
        bool whatsappConnected = false;
        for (const Channel &channel : channels.value()) {
            if (channel.channel == QLatin1String("whatsapp"))
                whatsappConnected = channel.isConnected();
        }
        QVERIFY(whatsappConnected);
    }

    void contactsEndToEnd()
    {
        RestContactsApi api(m_client.get());
        ContactInput input;
        input.name = QStringLiteral("Sarah Johnson");
        input.phone = QStringLiteral("+971501234567");
        input.email = QStringLiteral("sarah@example.com");
        input.channel = QStringLiteral("whatsapp");
        input.tags = QStringList { QStringLiteral("vip") };
        input.customFields = CustomFields();
        input.customFields->insert(QStringLiteral("company"), QStringLiteral("Acme"));
        const ApiResult<Contact> created = AWAIT(Contact, api.create(input, ctx, cb));
        QVERIFY2(created.isOk(), qPrintable(created.error().detail + userMessage(created.error())));
        const qint64 id = created.value().id;
        QVERIFY(id > 0);
        QCOMPARE(created.value().tags, QStringList { QStringLiteral("vip") });
        QCOMPARE(created.value().customFields.value(QStringLiteral("company")).toString(),
            QStringLiteral("Acme"));
        QVERIFY(created.value().createdAt.isValid());

        const ApiResult<Contact> fetched = AWAIT(Contact, api.get(id, ctx, cb));
        QVERIFY(fetched.isOk());
        QCOMPARE(fetched.value().email, QStringLiteral("sarah@example.com"));

        // '+' reaches the server as a plus, not a space.
        ContactQuery byPhone;
        byPhone.search = QStringLiteral("+97150123");
        const ApiResult<Page<Contact>> found = AWAIT(Page<Contact>, api.list(byPhone, ctx, cb));
        QVERIFY(found.isOk());
        QCOMPARE(found.value().items.size(), 1);
        QCOMPARE(found.value().items.constFirst().id, id);
        QCOMPARE(found.value().meta.total, 1);

        ContactQuery byTag;
        byTag.tag = QStringLiteral("vip");
        const ApiResult<Page<Contact>> tagged = AWAIT(Page<Contact>, api.list(byTag, ctx, cb));
        QVERIFY(tagged.isOk());
        QVERIFY(!tagged.value().items.isEmpty());

        ContactInput rename;
        rename.name = QStringLiteral("Sarah J.");
        const ApiResult<Contact> renamed = AWAIT(Contact, api.update(id, rename, ctx, cb));
        QVERIFY(renamed.isOk());
        QCOMPARE(renamed.value().name, QStringLiteral("Sarah J."));
        QCOMPARE(renamed.value().phone, QStringLiteral("+971501234567"));

        const ApiResult<BlacklistState> blocked
            = AWAIT(BlacklistState, api.toggleBlacklist(id, ctx, cb));
        QVERIFY(blocked.isOk());
        QCOMPARE(blocked.value().id, id);
        QVERIFY(blocked.value().isBlacklisted);
        const ApiResult<BlacklistState> unblocked
            = AWAIT(BlacklistState, api.toggleBlacklist(id, ctx, cb));
        QVERIFY(unblocked.isOk());
        QVERIFY(!unblocked.value().isBlacklisted);

        const ApiResult<Note> note
            = AWAIT(Note, api.addNote(id, QStringLiteral("Prefers mornings"), ctx, cb));
        QVERIFY(note.isOk());
        QCOMPARE(note.value().contactId, id);
        QCOMPARE(note.value().content, QStringLiteral("Prefers mornings"));
        const ApiResult<Page<Note>> notes
            = AWAIT(Page<Note>, api.listNotes(id, PageRequest(), ctx, cb));
        QVERIFY(notes.isOk());
        QCOMPARE(notes.value().items.size(), 1);
        QCOMPARE(notes.value().items.constFirst().id, note.value().id);

        const ApiResult<ApiDone> removed = AWAIT(ApiDone, api.remove(id, ctx, cb));
        QVERIFY(removed.isOk());
        const ApiResult<Contact> gone = AWAIT(Contact, api.get(id, ctx, cb));
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(gone.error().httpStatus, 404);
    }

    void contactValidationErrorsArePerField()
    {
        RestContactsApi api(m_client.get());
        ContactInput nameless;
        nameless.phone = QStringLiteral("+971501111111");
        const ApiResult<Contact> noName = AWAIT(Contact, api.create(nameless, ctx, cb));
        QCOMPARE(noName.error().kind, ApiError::Kind::Validation);
        QVERIFY(noName.error().fieldErrors.contains(QStringLiteral("name")));

        ContactInput badPhone;
        badPhone.name = QStringLiteral("Bad Phone");
        badPhone.phone = QStringLiteral("0501234567");
        const ApiResult<Contact> refused = AWAIT(Contact, api.create(badPhone, ctx, cb));
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("phone")));
        QVERIFY(
            userMessage(refused.error())
                .contains(refused.error().fieldErrors.value(QStringLiteral("phone")).constFirst()));
    }

    void listsArePaged()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(createContact(
                        QStringLiteral("Paged %1").arg(i), QStringLiteral("+97155000000%1").arg(i))
                        .id
                > 0);
        RestContactsApi api(m_client.get());
        ContactQuery query;
        query.search = QStringLiteral("Paged");
        query.sort = QStringLiteral("name");
        query.page.perPage = 2;
        const ApiResult<Page<Contact>> first = AWAIT(Page<Contact>, api.list(query, ctx, cb));
        QVERIFY(first.isOk());
        QCOMPARE(first.value().items.size(), 2);
        QCOMPARE(first.value().meta.total, 3);
        QCOMPARE(first.value().meta.lastPage, 2);
        QVERIFY(first.value().meta.hasMore());
        QCOMPARE(first.value().items.constFirst().name, QStringLiteral("Paged 0"));
        query.page.page = 2;
        const ApiResult<Page<Contact>> second = AWAIT(Page<Contact>, api.list(query, ctx, cb));
        QVERIFY(second.isOk());
        QCOMPARE(second.value().items.size(), 1);
        QCOMPARE(second.value().items.constFirst().name, QStringLiteral("Paged 2"));
        QVERIFY(!second.value().meta.hasMore());
    }

    void conversationsEndToEnd()
    {
        const Contact contact
            = createContact(QStringLiteral("Omar Khalid"), QStringLiteral("+971502223344"));
        QVERIFY(contact.id > 0);
        RestConversationsApi api(m_client.get());

        MessageDraft draft;
        draft.contactId = contact.id;
        draft.content = QStringLiteral("مرحبا Omar");
        const ApiResult<Message> sent = AWAIT(Message, api.send(draft, ctx, cb));
        QVERIFY2(sent.isOk(), qPrintable(userMessage(sent.error())));
        QCOMPARE(sent.value().contactId, contact.id);
        QCOMPARE(sent.value().direction, QStringLiteral("outbound"));
        QCOMPARE(sent.value().channel, QStringLiteral("whatsapp"));
        QCOMPARE(sent.value().type, QStringLiteral("text"));
        QCOMPARE(sent.value().content, QStringLiteral("مرحبا Omar"));

        const TestReply inbound = m_fixture->http().post(
            QStringLiteral("/_sandbox/contacts/%1/inbound").arg(contact.id),
            QJsonObject { { QStringLiteral("content"), QStringLiteral("Hi back") } });
        QCOMPARE(inbound.status, 201);

        ConversationQuery unread;
        unread.unreadOnly = true;
        const ApiResult<Page<Conversation>> conversations
            = AWAIT(Page<Conversation>, api.listConversations(unread, ctx, cb));
        QVERIFY(conversations.isOk());
        const auto row
            = std::find_if(conversations.value().items.cbegin(), conversations.value().items.cend(),
                [&](const Conversation &c) { return c.contact.id == contact.id; });
        QVERIFY(row != conversations.value().items.cend());
        QCOMPARE(row->unreadCount, 1);
        QVERIFY(row->lastMessage);
        QCOMPARE(row->lastMessage->content, QStringLiteral("Hi back"));
        QVERIFY(row->lastMessage->isInbound());

        const ApiResult<Page<Message>> messages
            = AWAIT(Page<Message>, api.listMessages(contact.id, PageRequest(), ctx, cb));
        QVERIFY(messages.isOk());
        QCOMPARE(messages.value().items.size(), 2);
        QCOMPARE(
            messages.value().items.constFirst().content, QStringLiteral("Hi back")); // newest first

        const ApiResult<Page<Conversation>> afterReading
            = AWAIT(Page<Conversation>, api.listConversations(unread, ctx, cb));
        QVERIFY(afterReading.isOk());
        for (const Conversation &c : afterReading.value().items)
            QVERIFY(c.contact.id != contact.id);
    }

    void sendingToBlacklistedContactIsAValidationError()
    {
        const Contact contact
            = createContact(QStringLiteral("Blocked"), QStringLiteral("+971503334455"));
        RestContactsApi contacts(m_client.get());
        QVERIFY(AWAIT(BlacklistState, contacts.toggleBlacklist(contact.id, ctx, cb)).isOk());
        RestConversationsApi api(m_client.get());
        MessageDraft draft;
        draft.contactId = contact.id;
        draft.content = QStringLiteral("Hello");
        const ApiResult<Message> refused = AWAIT(Message, api.send(draft, ctx, cb));
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("contact_id")));
    }

    void teamEndToEnd()
    {
        RestTeamApi api(m_client.get());
        const ApiResult<Page<TeamMember>> team
            = AWAIT(Page<TeamMember>, api.list(PageRequest(), ctx, cb));
        QVERIFY(team.isOk());
        QVERIFY(!team.value().items.isEmpty());
        QCOMPARE(team.value().items.constFirst().name, QStringLiteral("Mona Saeed"));
        QCOMPARE(team.value().items.constFirst().role, QStringLiteral("admin"));

        TeamMemberInput input;
        input.name = QStringLiteral("Layla Haddad");
        input.email = QStringLiteral("layla@example.com");
        input.role = QStringLiteral("agent");
        const ApiResult<TeamMember> created = AWAIT(TeamMember, api.create(input, ctx, cb));
        QVERIFY(created.isOk());
        QCOMPARE(created.value().role, QStringLiteral("agent"));
        QVERIFY(created.value().isActive);

        const ApiResult<TeamMember> duplicate = AWAIT(TeamMember, api.create(input, ctx, cb));
        QCOMPARE(duplicate.error().kind, ApiError::Kind::Validation);
        QVERIFY(duplicate.error().fieldErrors.contains(QStringLiteral("email")));

        TeamMemberInput promote;
        promote.role = QStringLiteral("receptionist");
        const ApiResult<TeamMember> updated
            = AWAIT(TeamMember, api.update(created.value().id, promote, ctx, cb));
        QVERIFY(updated.isOk());
        QCOMPARE(updated.value().role, QStringLiteral("receptionist"));
        const ApiResult<TeamMember> fetched
            = AWAIT(TeamMember, api.get(created.value().id, ctx, cb));
        QVERIFY(fetched.isOk());
        QCOMPARE(fetched.value().email, QStringLiteral("layla@example.com"));
        QVERIFY(AWAIT(ApiDone, api.remove(created.value().id, ctx, cb)).isOk());

        // The last active admin stays.
        const ApiResult<ApiDone> lastAdmin = AWAIT(ApiDone, api.remove(1, ctx, cb));
        QCOMPARE(lastAdmin.error().kind, ApiError::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestApiSandbox)
#include "tst_apisandbox.moc"
