// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApiClient and the API classes against the real sandbox on 127.0.0.1: happy paths of the
// endpoints, and every error kind the server can produce (faults from /_sandbox/faults).
#include "apiclient.h"
#include "apierrortext.h"
#include "ratelimiter.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "sandboxcall.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestApiSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;

    ApiConnection demoConnection() const
    {
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        return connection;
    }

    void addFault(const QJsonObject &fault)
    {
        const TestReply reply = m_fixture->http().post(QStringLiteral("/_sandbox/faults"), fault);
        QCOMPARE(reply.status, 201);
    }

    Contact createContact(const QString &name, const QString &phone)
    {
        RestContactsApi contacts(m_client.get());
        ContactInput input;
        input.name = name;
        input.phone = phone;
        input.channel = QStringLiteral("whatsapp");
        const ApiResult<Contact> created = AWAIT(Contact, contacts.create(input, ctx, cb));
        if (!created)
            qWarning("create contact failed: %s", qPrintable(userMessage(created.error())));
        return created ? created.value() : Contact();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        // The whole file makes a few hundred calls; the limit has its own test below.
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    }

    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        RetryPolicy fast;
        fast.setBaseDelayMs(20);
        m_client->setRetryPolicy(fast);
        m_client->setConnection(demoConnection());
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_fixture->http().del(QStringLiteral("/_sandbox/faults"));
    }

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

        const ApiResult<Subscription> subscription = AWAIT(Subscription, api.fetchSubscription(ctx, cb));
        QVERIFY(subscription.isOk());
        QCOMPARE(subscription.value().plan.code, QStringLiteral("pro"));
        QCOMPARE(subscription.value().plan.price, 49.0);
        QCOMPARE(subscription.value().limits.contacts, 10000);
        QVERIFY(subscription.value().usage.teamMembers >= 1);
        QVERIFY(subscription.value().currentPeriodEnd.isValid());

        const ApiResult<QList<Channel>> channels = AWAIT(QList<Channel>, api.fetchChannels(ctx, cb));
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
        input.tags = QStringList{QStringLiteral("vip")};
        input.customFields = QJsonObject{{QStringLiteral("company"), QStringLiteral("Acme")}};
        const ApiResult<Contact> created = AWAIT(Contact, api.create(input, ctx, cb));
        QVERIFY2(created.isOk(), qPrintable(created.error().detail + userMessage(created.error())));
        const qint64 id = created.value().id;
        QVERIFY(id > 0);
        QCOMPARE(created.value().tags, QStringList{QStringLiteral("vip")});
        QCOMPARE(created.value().customFields.value(QStringLiteral("company")).toString(), QStringLiteral("Acme"));
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

        const ApiResult<BlacklistState> blocked = AWAIT(BlacklistState, api.toggleBlacklist(id, ctx, cb));
        QVERIFY(blocked.isOk());
        QCOMPARE(blocked.value().id, id);
        QVERIFY(blocked.value().isBlacklisted);
        const ApiResult<BlacklistState> unblocked = AWAIT(BlacklistState, api.toggleBlacklist(id, ctx, cb));
        QVERIFY(unblocked.isOk());
        QVERIFY(!unblocked.value().isBlacklisted);

        const ApiResult<Note> note = AWAIT(Note, api.addNote(id, QStringLiteral("Prefers mornings"), ctx, cb));
        QVERIFY(note.isOk());
        QCOMPARE(note.value().contactId, id);
        QCOMPARE(note.value().content, QStringLiteral("Prefers mornings"));
        const ApiResult<Page<Note>> notes = AWAIT(Page<Note>, api.listNotes(id, PageRequest(), ctx, cb));
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
        QVERIFY(userMessage(refused.error()).contains(refused.error().fieldErrors.value(QStringLiteral("phone")).constFirst()));
    }

    void listsArePaged()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(createContact(QStringLiteral("Paged %1").arg(i), QStringLiteral("+97155000000%1").arg(i)).id > 0);
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
        const Contact contact = createContact(QStringLiteral("Omar Khalid"), QStringLiteral("+971502223344"));
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
            QJsonObject{{QStringLiteral("content"), QStringLiteral("Hi back")}});
        QCOMPARE(inbound.status, 201);

        ConversationQuery unread;
        unread.unreadOnly = true;
        const ApiResult<Page<Conversation>> conversations
            = AWAIT(Page<Conversation>, api.listConversations(unread, ctx, cb));
        QVERIFY(conversations.isOk());
        const auto row = std::find_if(conversations.value().items.cbegin(), conversations.value().items.cend(),
                                      [&](const Conversation &c) { return c.contact.id == contact.id; });
        QVERIFY(row != conversations.value().items.cend());
        QCOMPARE(row->unreadCount, 1);
        QVERIFY(row->lastMessage);
        QCOMPARE(row->lastMessage->content, QStringLiteral("Hi back"));
        QVERIFY(row->lastMessage->isInbound());

        const ApiResult<Page<Message>> messages = AWAIT(Page<Message>, api.listMessages(contact.id, PageRequest(), ctx, cb));
        QVERIFY(messages.isOk());
        QCOMPARE(messages.value().items.size(), 2);
        QCOMPARE(messages.value().items.constFirst().content, QStringLiteral("Hi back"));   // newest first

        const ApiResult<Page<Conversation>> afterReading
            = AWAIT(Page<Conversation>, api.listConversations(unread, ctx, cb));
        QVERIFY(afterReading.isOk());
        for (const Conversation &c : afterReading.value().items)
            QVERIFY(c.contact.id != contact.id);
    }

    void sendingToBlacklistedContactIsAValidationError()
    {
        const Contact contact = createContact(QStringLiteral("Blocked"), QStringLiteral("+971503334455"));
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
        const ApiResult<Page<TeamMember>> team = AWAIT(Page<TeamMember>, api.list(PageRequest(), ctx, cb));
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
        const ApiResult<TeamMember> updated = AWAIT(TeamMember, api.update(created.value().id, promote, ctx, cb));
        QVERIFY(updated.isOk());
        QCOMPARE(updated.value().role, QStringLiteral("receptionist"));
        const ApiResult<TeamMember> fetched = AWAIT(TeamMember, api.get(created.value().id, ctx, cb));
        QVERIFY(fetched.isOk());
        QCOMPARE(fetched.value().email, QStringLiteral("layla@example.com"));
        QVERIFY(AWAIT(ApiDone, api.remove(created.value().id, ctx, cb)).isOk());

        // The last active admin stays.
        const ApiResult<ApiDone> lastAdmin = AWAIT(ApiDone, api.remove(1, ctx, cb));
        QCOMPARE(lastAdmin.error().kind, ApiError::Kind::Validation);
    }

    void wrongKeyIsUnauthorized_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("bearer") << int(ApiConnection::AuthStyle::Bearer);
        QTest::newRow("x-api-key") << int(ApiConnection::AuthStyle::ApiKeyHeader);
    }

    void wrongKeyIsUnauthorized()
    {
        QFETCH(int, style);
        ApiConnection connection = demoConnection();
        connection.authStyle = ApiConnection::AuthStyle(style);
        m_client->setConnection(connection);
        RestAccountApi api(m_client.get());
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());

        connection.apiKey = QStringLiteral("sk_test_not_a_real_key");
        m_client->setConnection(connection);
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
        const ApiResult<Account> refused = AWAIT(Account, api.fetchAccount(ctx, cb));
        QCOMPARE(refused.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(refused.error().httpStatus, 401);
        QCOMPARE(unauthorized.count(), 1);
    }

    void responsesKeepTheBudgetInStep()
    {
        RestAccountApi api(m_client.get());
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());
        QCOMPARE(m_client->rateLimiter()->limit(), 100000);
        QVERIFY(m_client->rateLimiter()->budgetLeft() < 100000);
    }

    void gatewayErrorsAreRetriedForReads()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 503},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/account")}, {QStringLiteral("count"), 2}});
        RestAccountApi api(m_client.get());
        // Two 503s used up, then the real answer: only retries can get there.
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());
    }

    void serverErrorsAreNotRetried()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/account")}, {QStringLiteral("count"), 1}});
        RestAccountApi api(m_client.get());
        const ApiResult<Account> failed = AWAIT(Account, api.fetchAccount(ctx, cb));
        QCOMPARE(failed.error().kind, ApiError::Kind::Server);
        QCOMPARE(failed.error().httpStatus, 500);
    }

    void droppedReadIsRetried()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("drop")},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/account")}, {QStringLiteral("count"), 1}});
        RestAccountApi api(m_client.get());
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());
    }

    void sendIsNeverResentAfterADrop()
    {
        const Contact contact = createContact(QStringLiteral("Drop Test"), QStringLiteral("+971504445566"));
        addFault({{QStringLiteral("type"), QStringLiteral("drop")}, {QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/messages/send")}, {QStringLiteral("count"), 1}});
        RestConversationsApi api(m_client.get());
        MessageDraft draft;
        draft.contactId = contact.id;
        draft.content = QStringLiteral("Only once");
        // The fault drops one request; a resend would have succeeded.
        const ApiResult<Message> failed = AWAIT(Message, api.send(draft, ctx, cb));
        QCOMPARE(failed.error().kind, ApiError::Kind::Network);
        const ApiResult<Page<Message>> messages = AWAIT(Page<Message>, api.listMessages(contact.id, PageRequest(), ctx, cb));
        QVERIFY(messages.isOk());
        QCOMPARE(messages.value().items.size(), 0);
    }

    void sendIsNeverResentAfter503()
    {
        const Contact contact = createContact(QStringLiteral("Gateway Test"), QStringLiteral("+971505556677"));
        addFault({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 503},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/messages/send")}, {QStringLiteral("count"), 1}});
        RestConversationsApi api(m_client.get());
        MessageDraft draft;
        draft.contactId = contact.id;
        draft.content = QStringLiteral("Only once");
        const ApiResult<Message> failed = AWAIT(Message, api.send(draft, ctx, cb));
        QCOMPARE(failed.error().kind, ApiError::Kind::Server);
        QCOMPARE(failed.error().httpStatus, 503);
    }

    void rateLimitFaultPausesThenRetries()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("rate_limit")}, {QStringLiteral("retry_after"), 1},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/account")}, {QStringLiteral("count"), 1}});
        RestAccountApi api(m_client.get());
        QSignalSpy rateSpy(m_client.get(), &ApiClient::rateStateChanged);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(rateSpy.count() > 0);
    }

    void malformedBodyIsAnError()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("malformed")},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/account")}, {QStringLiteral("count"), 1}});
        RestAccountApi api(m_client.get());
        const ApiResult<Account> failed = AWAIT(Account, api.fetchAccount(ctx, cb));
        QCOMPARE(failed.error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!userMessage(failed.error()).isEmpty());
    }

    void forbiddenAndNotFoundStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("502 after three tries") << 502 << int(ApiError::Kind::Server);
    }

    void forbiddenAndNotFoundStatuses()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        addFault({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), status},
                  {QStringLiteral("path"), QStringLiteral("/api/v1/team*")}, {QStringLiteral("count"), 3}});
        RestTeamApi api(m_client.get());
        const ApiResult<Page<TeamMember>> failed = AWAIT(Page<TeamMember>, api.list(PageRequest(), ctx, cb));
        QCOMPARE(int(failed.error().kind), kind);
        QCOMPARE(failed.error().httpStatus, status);
    }

    void realRateLimitPausesTheQueue()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.rateLimitPerMinute = 3;
        SandboxFixture strict(options);
        QVERIFY2(strict.start(), qPrintable(strict.error()));
        ApiConnection connection;
        connection.baseUrl = strict.baseUrl();
        connection.apiKey = strict.apiKey();
        m_client->setConnection(connection);

        RestAccountApi api(m_client.get());
        QObject context;
        int ok = 0;
        for (int i = 0; i < 4; ++i) {
            api.fetchAccount(&context, [&ok](const ApiResult<Account> &result) {
                if (result)
                    ++ok;
            });
        }
        // Three fit in the server's minute; the fourth meets a 429 and waits for Retry-After.
        QTRY_COMPARE(ok, 3);
        QTRY_VERIFY(m_client->rateLimiter()->isPaused());
        QCOMPARE(m_client->rateLimiter()->limit(), 3);
        QCOMPARE(m_client->rateLimiter()->budgetLeft(), 0);
        QVERIFY(m_client->rateLimiter()->pausedUntil() > QDateTime::currentDateTimeUtc().addSecs(10));
        QCOMPARE(m_client->pendingCount(), 1);
        m_client->cancelAll();
    }
};

QTEST_GUILESS_MAIN(TestApiSandbox)
#include "tst_apisandbox.moc"
