// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The offline read cache end to end below the models: the real API classes read from the
// real sandbox through an ApiClient that keeps answers in a CacheStore; then the sandbox
// stops and the same reads are answered from the file, marked with their age, at once.
// Writes are never answered from it, 4xx answers are never hidden by it, and the key is
// never in the file.
#include "apiclient.h"
#include "cachestore.h"
#include "connectionstatus.h"
#include "restaccountapi.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "restwebhooksapi.h"
#include "contactinput.h"
#include "sandboxcall.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestOfflineCache : public QObject
{
    Q_OBJECT

private:
    struct Reads
    {
        ApiResult<Account> account = ApiError();
        ApiResult<QList<Channel>> channels = ApiError();
        ApiResult<Page<Contact>> contacts = ApiError();
        ApiResult<Page<Conversation>> conversations = ApiError();
        ApiResult<Page<Message>> thread = ApiError();
        ApiResult<Page<Booking>> week = ApiError();
        ApiResult<QList<BookingType>> types = ApiError();
        ApiResult<QList<Resource>> resources = ApiError();
        ApiResult<Page<TeamMember>> team = ApiError();
        ApiResult<Page<Webhook>> webhooks = ApiError();

        QList<bool> ok() const
        {
            return {account.isOk(), channels.isOk(), contacts.isOk(), conversations.isOk(),
                    thread.isOk(), week.isOk(), types.isOk(), resources.isOk(), team.isOk(),
                    webhooks.isOk()};
        }
        QList<QDateTime> ages() const
        {
            return {account.savedAt(), channels.savedAt(), contacts.savedAt(),
                    conversations.savedAt(), thread.savedAt(), week.savedAt(), types.savedAt(),
                    resources.savedAt(), team.savedAt(), webhooks.savedAt()};
        }
    };

    // What the panes read on start: the account, the inbox and a thread, contacts, the
    // calendar's week with its types and resources, team and webhooks.
    Reads readEverything()
    {
        RestAccountApi account(m_client.get());
        RestContactsApi contacts(m_client.get());
        RestConversationsApi conversations(m_client.get());
        RestBookingsApi bookings(m_client.get());
        RestTeamApi team(m_client.get());
        RestWebhooksApi webhooks(m_client.get());
        Reads reads;
        reads.account = AWAIT(Account, account.fetchAccount(ctx, cb));
        reads.channels = AWAIT(QList<Channel>, account.fetchChannels(ctx, cb));
        reads.contacts = AWAIT(Page<Contact>, contacts.list(ContactQuery(), ctx, cb));
        reads.conversations
            = AWAIT(Page<Conversation>, conversations.listConversations(ConversationQuery(), ctx, cb));
        reads.thread = AWAIT(Page<Message>, conversations.listMessages(m_threadContact, PageRequest(), ctx, cb));
        BookingQuery week;
        week.from = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        week.to = week.from.addDays(7);
        reads.week = AWAIT(Page<Booking>, bookings.list(week, ctx, cb));
        reads.types = AWAIT(QList<BookingType>, bookings.listTypes(ctx, cb));
        reads.resources = AWAIT(QList<Resource>, bookings.listResources(ctx, cb));
        reads.team = AWAIT(Page<TeamMember>, team.list(PageRequest(), ctx, cb));
        reads.webhooks = AWAIT(Page<Webhook>, webhooks.list(PageRequest(), ctx, cb));
        return reads;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    Reads m_online;
    qint64 m_threadContact = 0;
    const QDateTime m_savedAt = QDateTime(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        m_cache = std::make_unique<CacheStore>(CacheStore::pathFor(m_dir.path(), QStringLiteral("Demo")));
        m_cache->setClock([this] { return m_savedAt; });
        QVERIFY(m_cache->open());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        // Retries this slow would outlast every wait below: an offline answer that comes
        // in time came from the cache at the first failure, without retrying.
        RetryPolicy slow;
        slow.setBaseDelayMs(20000);
        m_client->setRetryPolicy(slow);
        m_client->setResponseCache(m_cache.get());
        m_client->setConnection({m_fixture->baseUrl(), m_fixture->apiKey()});
        RestConversationsApi conversations(m_client.get());
        const auto list = AWAIT(Page<Conversation>, conversations.listConversations(ConversationQuery(), ctx, cb));
        QVERIFY(list && !list.value().items.isEmpty());
        m_threadContact = list.value().items.first().contact.id;
    }

    void aNotFoundIsNeverHiddenByTheCache()
    {
        m_cache->store(QStringLiteral("/contacts/987654"), R"({"success":true,"data":{"id":987654}})");
        RestContactsApi contacts(m_client.get());
        const ApiResult<Contact> gone = AWAIT(Contact, contacts.get(987654, ctx, cb));
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QVERIFY(!gone.fromCache());
    }

    void onlineReadsAreKept()
    {
        m_online = readEverything();
        QCOMPARE(m_online.ok(), QList<bool>(10, true));
        QCOMPARE(m_online.ages(), QList<QDateTime>(10, QDateTime())); // live answers
        QVERIFY(!m_online.contacts.value().items.isEmpty());
        QVERIFY(!m_online.week.value().items.isEmpty());
        QVERIFY(!m_online.thread.value().items.isEmpty());
        QVERIFY(m_cache->entryCount() >= 10);
    }

    // A write's answer is not a read's: POST /contacts must not replace GET /contacts.
    void writesOnlineLeaveCachedReadsAlone()
    {
        const QString listKey = ApiClient::cacheKey(ApiRequest::get(QStringLiteral("/contacts"), ContactQuery().toQuery()));
        const auto before = m_cache->find(listKey);
        QVERIFY(before);
        RestContactsApi contacts(m_client.get());
        ContactInput input;
        input.name = QStringLiteral("Written online");
        input.phone = QStringLiteral("+971501234999");
        input.channel = QStringLiteral("whatsapp");
        QVERIFY(AWAIT(Contact, contacts.create(input, ctx, cb)).isOk());
        const auto after = m_cache->find(listKey);
        QVERIFY(after);
        QCOMPARE(after->body, before->body);
    }

    void theKeyIsNeverInTheFile()
    {
        QFile file(m_cache->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(m_online.account.value().businessName.toUtf8())); // it is the file
        QVERIFY(!bytes.contains(m_fixture->apiKey().toUtf8()));
        QVERIFY(!bytes.contains(m_fixture->baseUrl().toString().toUtf8()));
    }

    void offlineReadsComeFromTheCacheAtOnce()
    {
        m_fixture->stop();
        QCOMPARE(m_client->connectionStatus()->state(), ConnectionStatus::State::Online);
        QSignalSpy fromCache(m_client.get(), &ApiClient::answeredFromCache);
        const Reads offline = readEverything();
        QCOMPARE(offline.ok(), QList<bool>(10, true));
        // Every read was answered, but none by the server: the connection state (the status
        // bar) must still say offline, not "connected" under an "Offline" banner.
        QCOMPARE(m_client->connectionStatus()->state(), ConnectionStatus::State::Offline);
        QCOMPARE(offline.ages(), QList<QDateTime>(10, m_savedAt));
        QCOMPARE(fromCache.count(), 10);
        QCOMPARE(fromCache.first().first().toDateTime(), m_savedAt);
        QCOMPARE(offline.account.value().businessName, m_online.account.value().businessName);
        QCOMPARE(offline.contacts.value().items.size(), m_online.contacts.value().items.size());
        QCOMPARE(offline.contacts.value().meta.total, m_online.contacts.value().meta.total);
        QCOMPARE(offline.week.value().items.first().id, m_online.week.value().items.first().id);
        QCOMPARE(offline.thread.value().items.size(), m_online.thread.value().items.size());
    }

    void aReadNeverSeenFailsOffline()
    {
        const RetryPolicy slow = m_client->retryPolicy();
        RetryPolicy fast;
        fast.setBaseDelayMs(10);
        m_client->setRetryPolicy(fast);
        RestContactsApi contacts(m_client.get());
        ContactQuery query;
        query.search = QStringLiteral("never asked before");
        const ApiResult<Page<Contact>> result = AWAIT(Page<Contact>, contacts.list(query, ctx, cb));
        m_client->setRetryPolicy(slow);
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QVERIFY(!result.fromCache());
    }

    void writesAreNeverAnsweredFromTheCache()
    {
        const int before = m_cache->entryCount();
        RestAccountApi account(m_client.get());
        AccountUpdate update;
        update.businessName = QStringLiteral("Renamed offline");
        const ApiResult<Account> result = AWAIT(Account, account.updateAccount(update, ctx, cb));
        QVERIFY(!result.isOk());
        QVERIFY(result.error().requestNeverSent);
        QVERIFY(!result.fromCache());
        QCOMPARE(m_cache->entryCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "tst_offlinecache.moc"
