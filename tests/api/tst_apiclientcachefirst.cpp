// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cache first on a slow start (issue 14, docs/offline.md): while nothing has answered on a
// connection, a read the offline cache knows is answered from it once the server has been
// silent for the client's patience, one of them still goes to the server as a probe, and
// nothing changes for a server that answers, a read the cache never saw, or a write.
#include "clientpeerfixture.h"
#include "connectionstatus.h"
#include "memoryresponsecache.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QDateTime kSavedAt(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);
const QByteArray kSavedAccount = R"({"data":{"id":1,"name":"Saved Clinic"}})";
const QByteArray kSavedTeam = R"({"data":[]})";

} // namespace

class TestApiClientCacheFirst : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientPeerFixture> m_f;
    MemoryResponseCache m_cache;

    // Sends one read and returns its answer once it came (none within timeoutMs: invalid).
    std::optional<ApiResult<ApiEnvelope>> read(const QString &path, int timeoutMs = 10000)
    {
        std::optional<ApiResult<ApiEnvelope>> result;
        m_f->client.send(ApiRequest::get(path), &m_f->client,
                         [&result](const ApiResult<ApiEnvelope> &r) { result.emplace(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
            return std::nullopt;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_cache.entries.clear();
        m_cache.entries[QStringLiteral("/account")] = {kSavedAccount, kSavedAt};
        m_cache.entries[QStringLiteral("/team")] = {kSavedTeam, kSavedAt};
        m_f = std::make_unique<ClientPeerFixture>();
        QVERIFY(m_f->peer.port() != 0);
        m_f->client.setResponseCache(&m_cache);
        m_f->client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
    }

    void cleanup() { m_f.reset(); }

    void aSilentServerGetsTheCacheFirstAndOneProbe()
    {
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        QSignalSpy fromCache(&m_f->client, &ApiClient::answeredFromCache);
        // The transfer time-out (30 s) is far away: only the cache can answer this soon.
        const auto account = read(QStringLiteral("/account"), 10000);
        QVERIFY(account);
        QVERIFY(account->isOk());
        QCOMPARE(account->value().savedAt, kSavedAt);
        QCOMPARE(account->value().data.toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Saved Clinic"));
        QCOMPARE(fromCache.count(), 1);
        // Nothing answered yet: not Offline, but the saved data is known to be on screen.
        ConnectionStatus *status = m_f->client.connectionStatus();
        QCOMPARE(status->state(), ConnectionStatus::State::Unknown);
        QVERIFY(status->isShowingSaved());
        // The read is still asked of the server, once.
        QTRY_COMPARE(m_f->peer.requests().size(), 1);

        // Later reads while the probe waits: from the cache at once, nothing more on the wire.
        const auto team = read(QStringLiteral("/team"), 5000);
        QVERIFY(team);
        QCOMPARE(team->value().savedAt, kSavedAt);
        QTest::qWait(100); // nothing is expected: a short look that it stays so
        QCOMPARE(m_f->peer.requests().size(), 1);
        QCOMPARE(m_f->client.pendingCount(), 1); // the probe, nobody's callback
    }

    void theServersFirstAnswerRestoresThePanes()
    {
        // The probe waits on a silent path; another read finds the server there.
        m_f->peer.setHandler([](const RawHttpPeer::Request &request, int) {
            return request.target.endsWith("/account") ? ClientPeerFixture::hang()
                                                       : RawHttpPeer::json(200, R"({"data":[]})");
        });
        ConnectionStatus *status = m_f->client.connectionStatus();
        QSignalSpy restored(status, &ConnectionStatus::restored);
        const auto saved = read(QStringLiteral("/account"), 5000);
        QVERIFY(saved && saved->isOk() && saved->value().savedAt.isValid());
        QCOMPARE(restored.count(), 0);
        const auto fresh = read(QStringLiteral("/webhooks"));
        QVERIFY(fresh && fresh->isOk());
        QVERIFY(!fresh->value().savedAt.isValid());
        QCOMPARE(status->state(), ConnectionStatus::State::Online);
        // Unknown → Online is a comeback here: what showed saved data reloads (Desk).
        QCOMPARE(restored.count(), 1);
        QVERIFY(!status->isShowingSaved());
    }

    void aServerThatAnswersIsNotHiddenByTheCache()
    {
        // "Answers" means within the patience: generous here, so a loaded machine's slow peer
        // is not taken for a silent server (the default, 40 ms, is bench_offlinestart's).
        m_f->client.setCacheFirstPatience(5000);
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) { return RawHttpPeer::json(200, AccountJson); });
        QSignalSpy fromCache(&m_f->client, &ApiClient::answeredFromCache);
        QSignalSpy restored(m_f->client.connectionStatus(), &ConnectionStatus::restored);
        const auto account = read(QStringLiteral("/account"));
        QVERIFY(account && account->isOk());
        QVERIFY(!account->value().savedAt.isValid());
        QCOMPARE(fromCache.count(), 0);
        QCOMPARE(restored.count(), 0); // a first answer is no comeback
        QCOMPARE(m_f->peer.requests().size(), 1);
    }

    void writesAndUnsavedReadsStillWaitForTheServer()
    {
        m_f->client.setTransferTimeout(1500);
        m_f->peer.setHandler([](const RawHttpPeer::Request &, int) { return ClientPeerFixture::hang(); });
        QVERIFY(read(QStringLiteral("/account"), 5000)); // the patience ran out: cache first
        std::optional<ApiResult<ApiEnvelope>> written;
        m_f->client.send(ApiRequest::post(QStringLiteral("/contacts"), QJsonObject{}), &m_f->client,
                         [&written](const ApiResult<ApiEnvelope> &r) { written.emplace(r); });
        const auto unsaved = read(QStringLiteral("/webhooks"), 10000);
        QVERIFY(unsaved);
        QCOMPARE(unsaved->error().kind, ApiError::Kind::Timeout); // the server's, not the cache's
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        QVERIFY(!written->isOk());
        QVERIFY(!written->fromCache());
        QTRY_COMPARE(m_f->peer.requests().size(), 3); // the probe, the write, the unsaved read
    }
};

QTEST_GUILESS_MAIN(TestApiClientCacheFirst)
#include "tst_apiclientcachefirst.moc"
