// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApiClient against the real sandbox when things go wrong: a refused key, faults from
// /_sandbox/faults (5xx, drops, 429, malformed bodies) and the server's own rate limit.
#include "apierrortext.h"
#include "ratelimiter.h"
#include "restaccountapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "sandboxcall.h"
#include "sandboxclienttest.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestApiSandboxErrors : public SandboxClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox()); }
    void init() { createClient(); }
    void cleanup() { destroyClient(); }
    void cleanupTestCase() { m_fixture.reset(); }

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
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("status") },
            { QStringLiteral("status"), 503 },
            { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
            { QStringLiteral("count"), 2 } }));
        RestAccountApi api(m_client.get());
        // Two 503s used up, then the real answer: only retries can get there.
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());
    }

    void serverErrorsAreNotRetried()
    {
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("status") },
            { QStringLiteral("status"), 500 },
            { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
            { QStringLiteral("count"), 1 } }));
        RestAccountApi api(m_client.get());
        const ApiResult<Account> failed = AWAIT(Account, api.fetchAccount(ctx, cb));
        QCOMPARE(failed.error().kind, ApiError::Kind::Server);
        QCOMPARE(failed.error().httpStatus, 500);
    }

    void droppedReadIsRetried()
    {
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("drop") },
            { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
            { QStringLiteral("count"), 1 } }));
        RestAccountApi api(m_client.get());
        QVERIFY(AWAIT(Account, api.fetchAccount(ctx, cb)).isOk());
    }

    void sendIsNeverResentAfterADrop()
    {
        const Contact contact
            = createContact(QStringLiteral("Drop Test"), QStringLiteral("+971504445566"));
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("drop") },
            { QStringLiteral("method"), QStringLiteral("POST") },
            { QStringLiteral("path"), QStringLiteral("/api/v1/messages/send") },
            { QStringLiteral("count"), 1 } }));
        RestConversationsApi api(m_client.get());
        MessageDraft draft;
        draft.contactId = contact.id;
        draft.content = QStringLiteral("Only once");
        // The fault drops one request; a resend would have succeeded.
        const ApiResult<Message> failed = AWAIT(Message, api.send(draft, ctx, cb));
        QCOMPARE(failed.error().kind, ApiError::Kind::Network);
        const ApiResult<Page<Message>> messages
            = AWAIT(Page<Message>, api.listMessages(contact.id, PageRequest(), ctx, cb));
        QVERIFY(messages.isOk());
        QCOMPARE(messages.value().items.size(), 0);
    }

    void sendIsNeverResentAfter503()
    {
        const Contact contact
            = createContact(QStringLiteral("Gateway Test"), QStringLiteral("+971505556677"));
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("status") },
            { QStringLiteral("status"), 503 },
            { QStringLiteral("path"), QStringLiteral("/api/v1/messages/send") },
            { QStringLiteral("count"), 1 } }));
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
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("rate_limit") },
            { QStringLiteral("retry_after"), 1 },
            { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
            { QStringLiteral("count"), 1 } }));
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
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("malformed") },
            { QStringLiteral("path"), QStringLiteral("/api/v1/account") },
            { QStringLiteral("count"), 1 } }));
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
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("status") },
            { QStringLiteral("status"), status },
            { QStringLiteral("path"), QStringLiteral("/api/v1/team*") },
            { QStringLiteral("count"), 3 } }));
        RestTeamApi api(m_client.get());
        const ApiResult<Page<TeamMember>> failed
            = AWAIT(Page<TeamMember>, api.list(PageRequest(), ctx, cb));
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
        QVERIFY(
            m_client->rateLimiter()->pausedUntil() > QDateTime::currentDateTimeUtc().addSecs(10));
        QCOMPARE(m_client->pendingCount(), 1);
        m_client->cancelAll();
    }
};

QTEST_GUILESS_MAIN(TestApiSandboxErrors)
#include "tst_apisandboxerrors.moc"
