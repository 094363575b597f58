// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ConnectionStatus: its state transitions from reply outcomes, and ApiClient feeding it
// from a real sandbox that stops and comes back on the same port.
#include "apiclient.h"
#include "apierror.h"
#include "apirequest.h"
#include "connectionstatus.h"
#include "retrypolicy.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = ConnectionStatus::State;

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private:
    static ApiError error(ApiError::Kind kind, int status = 0)
    {
        return ApiError(kind, status);
    }

    // One GET /account through the client; the outcome is what the status saw.
    static ApiError get(ApiClient &client)
    {
        ApiError outcome;
        bool done = false;
        QObject context;
        ApiRequest request;
        request.method = QByteArrayLiteral("GET");
        request.path = QStringLiteral("/account");
        client.send(request, &context, [&](const ApiResult<ApiEnvelope> &result) {
            outcome = result.error();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return ApiError(ApiError::Kind::Cancelled);
        return outcome;
    }

private Q_SLOTS:
    void outcomesMapToStates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("state");
        using K = ApiError::Kind;
        QTest::newRow("success") << int(K::None) << int(State::Online);
        QTest::newRow("refused/dropped") << int(K::Network) << int(State::Offline);
        QTest::newRow("time-out") << int(K::Timeout) << int(State::Offline);
        QTest::newRow("tls") << int(K::Tls) << int(State::Offline);
        QTest::newRow("5xx") << int(K::Server) << int(State::ServerTrouble);
        QTest::newRow("unreadable") << int(K::MalformedResponse) << int(State::ServerTrouble);
        QTest::newRow("404 is an answer") << int(K::NotFound) << int(State::Online);
        QTest::newRow("422 is an answer") << int(K::Validation) << int(State::Online);
        QTest::newRow("429 is an answer") << int(K::RateLimited) << int(State::Online);
        QTest::newRow("401 is an answer") << int(K::Unauthorized) << int(State::Online);
        QTest::newRow("cancelled says nothing") << int(K::Cancelled) << int(State::Unknown);
    }

    void outcomesMapToStates()
    {
        QFETCH(int, kind);
        QFETCH(int, state);
        ConnectionStatus status;
        status.noteOutcome(error(ApiError::Kind(kind)));
        QCOMPARE(status.state(), State(state));
    }

    void restoredOnlyAfterTrouble()
    {
        ConnectionStatus status;
        QSignalSpy restored(&status, &ConnectionStatus::restored);
        QSignalSpy changed(&status, &ConnectionStatus::stateChanged);
        status.noteOutcome(ApiError());
        QCOMPARE(status.state(), State::Online);
        QCOMPARE(restored.count(), 0); // the first answer is not a comeback
        status.noteOutcome(error(ApiError::Kind::Network));
        QCOMPARE(status.state(), State::Offline);
        QVERIFY(!status.isReachable());
        QCOMPARE(status.lastError().kind, ApiError::Kind::Network);
        status.noteOutcome(error(ApiError::Kind::Cancelled)); // an abort proves nothing
        QCOMPARE(status.state(), State::Offline);
        status.noteOutcome(error(ApiError::Kind::Server, 503));
        QCOMPARE(status.state(), State::ServerTrouble);
        QCOMPARE(restored.count(), 0);
        status.noteOutcome(error(ApiError::Kind::Validation, 422)); // any answer of the API
        QCOMPARE(status.state(), State::Online);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(status.lastError().kind, ApiError::Kind::None);
        status.noteOutcome(ApiError());
        QCOMPARE(restored.count(), 1); // once per comeback
        QCOMPARE(changed.count(), 4); // Online, Offline, ServerTrouble, Online
    }

    // Cache first on a slow start: saved data was shown before anything answered, so the
    // first answer reloads it (Desk's restored → Pane::reload); only that first one.
    void firstAnswerAfterSavedDataRestores()
    {
        ConnectionStatus status;
        QSignalSpy restored(&status, &ConnectionStatus::restored);
        status.noteShowingSaved();
        QVERIFY(status.isShowingSaved());
        QCOMPARE(status.state(), State::Unknown);
        status.noteOutcome(ApiError());
        QCOMPARE(status.state(), State::Online);
        QCOMPARE(restored.count(), 1);
        QVERIFY(!status.isShowingSaved());
        status.noteShowingSaved(); // Online: nothing saved is shown by this client then
        status.noteOutcome(error(ApiError::Kind::Validation, 422));
        QCOMPARE(restored.count(), 1);
        status.reset();
        status.noteShowingSaved();
        status.reset(); // a new server: the old saved data is not its business
        status.noteOutcome(ApiError());
        QCOMPARE(restored.count(), 1);
    }

    // One path failing while others answer: an answer to a request that left before the
    // failure was seen does not bring the connection back (no reload storm).
    void staleAnswersDoNotRestore()
    {
        ConnectionStatus status;
        QSignalSpy restored(&status, &ConnectionStatus::restored);
        const quint64 early = status.nextSendOrder();
        const quint64 failing = status.nextSendOrder();
        status.noteOutcome(error(ApiError::Kind::Network), failing);
        QCOMPARE(status.state(), State::Offline);
        status.noteOutcome(ApiError(), early); // it left before anyone knew
        QCOMPARE(status.state(), State::Offline);
        QCOMPARE(restored.count(), 0);
        const quint64 fresh = status.nextSendOrder();
        status.noteOutcome(ApiError(), fresh);
        QCOMPARE(status.state(), State::Online);
        QCOMPARE(restored.count(), 1);
    }

    void resetForgetsTheOldServer()
    {
        ConnectionStatus status;
        QSignalSpy restored(&status, &ConnectionStatus::restored);
        status.noteOutcome(error(ApiError::Kind::Network));
        status.reset();
        QCOMPARE(status.state(), State::Unknown);
        QVERIFY(status.isReachable());
        status.noteOutcome(ApiError());
        QCOMPARE(restored.count(), 0); // a new server coming up is no comeback
    }

    // The client feeds it: the sandbox stops (connection refused), then comes back on the
    // same port; the first answer after that restores the connection.
    void clientFeedsItFromTheWire()
    {
        QTemporaryDir dir;
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.databasePath = dir.filePath(QStringLiteral("sandbox.db"));
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QUrl url = sandbox.baseUrl();
        const QString key = sandbox.apiKey();

        QNetworkAccessManager network;
        ApiClient client(&network);
        RetryPolicy quick;
        quick.setBaseDelayMs(1);
        client.setRetryPolicy(quick);
        client.setConnection(ApiConnection{url, key, ApiConnection::AuthStyle::Bearer});
        ConnectionStatus *status = client.connectionStatus();
        QSignalSpy restored(status, &ConnectionStatus::restored);
        QCOMPARE(status->state(), State::Unknown);

        QCOMPARE(get(client).kind, ApiError::Kind::None);
        QCOMPARE(status->state(), State::Online);

        sandbox.stop();
        const ApiError down = get(client);
        QCOMPARE(down.kind, ApiError::Kind::Network);
        QVERIFY(down.requestNeverSent);
        QCOMPARE(status->state(), State::Offline);
        QCOMPARE(restored.count(), 0);

        options.port = quint16(url.port());
        SandboxFixture again(options);
        QVERIFY2(again.start(), qPrintable(again.error()));
        QCOMPARE(again.baseUrl(), url);
        QCOMPARE(get(client).kind, ApiError::Kind::None);
        QCOMPARE(status->state(), State::Online);
        QCOMPARE(restored.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
