// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Background polls back off while the server is down (issue 14, docs/offline.md): counted
// on the wire of a raw peer with a fake clock, so no test waits 15 s.
#include "clientpeerfixture.h"
#include "connectionstatus.h"
#include "offlinebackoff.h"

#include <QTest>

#include <memory>

class TestOfflineBackoff : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientPeerFixture> m_f;
    qint64 m_now = 0;

    ApiResult<ApiEnvelope> background(const QString &path)
    {
        ApiRequest request = ApiRequest::get(path);
        request.priority = RequestPriority::Background;
        return m_f->roundTrip(request);
    }

private Q_SLOTS:
    void init()
    {
        m_now = 0;
        m_f = std::make_unique<ClientPeerFixture>();
        QVERIFY(m_f->peer.port() != 0);
        m_f->client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
        m_f->client.offlineBackoff().setClock([this] { return m_now; });
    }

    void cleanup() { m_f.reset(); }

    void probesGrowAndStopAtTheMaximum()
    {
        OfflineBackoff backoff;
        backoff.setClock([this] { return m_now; });
        QVERIFY(backoff.admit()); // not started: everything goes
        backoff.start();
        QVERIFY(!backoff.admit());
        m_now = 14999;
        QVERIFY(!backoff.admit());
        m_now = 15000;
        QVERIFY(backoff.admit()); // the first probe
        QVERIFY(!backoff.admit());
        QCOMPARE(backoff.msUntilNextProbe(), qint64(30000));
        m_now += 30000;
        QVERIFY(backoff.admit());
        m_now += 29999;
        QVERIFY(!backoff.admit()); // the gap stays at the maximum
        m_now += 1;
        QVERIFY(backoff.admit());
        backoff.stop();
        QVERIFY(backoff.admit());
    }

    void backgroundReadsWaitForTheirProbeWhileUserActionsGo()
    {
        bool down = true;
        m_f->peer.setHandler([&down](const RawHttpPeer::Request &, int) {
            // A gateway whose API is down (a dropped connection would be resent by Qt itself).
            return RawHttpPeer::json(down ? 503 : 200, down ? QByteArray("{}") : AccountJson);
        });
        // A user read finds the server down.
        QVERIFY(!m_f->roundTrip(ApiRequest::get(QStringLiteral("/account"))).isOk());
        QCOMPARE(m_f->client.connectionStatus()->state(), ConnectionStatus::State::ServerTrouble);
        QCOMPARE(m_f->peer.requests().size(), 1);

        // Ten polls within the first 15 s: none reaches the wire, each says why at once.
        for (int i = 0; i < 10; ++i) {
            m_now += 1000;
            const ApiResult<ApiEnvelope> held = background(QStringLiteral("/bookings"));
            QCOMPARE(held.error().kind, ApiError::Kind::Network); // not sent: no server's word
            QVERIFY(held.error().requestNeverSent);
        }
        QCOMPARE(m_f->network.created, 1);

        m_now = 15000; // the probe
        QVERIFY(!background(QStringLiteral("/bookings")).isOk());
        QCOMPARE(m_f->peer.requests().size(), 2);
        m_now += 20000; // under the next gap (30 s)
        QVERIFY(background(QStringLiteral("/bookings")).error().requestNeverSent);
        QCOMPARE(m_f->peer.requests().size(), 2);

        // What the user asks for always goes.
        QVERIFY(!m_f->roundTrip(ApiRequest::get(QStringLiteral("/contacts"))).isOk());
        QCOMPARE(m_f->peer.requests().size(), 3);

        // The server is back: the next user read finds it, and background reads go again.
        down = false;
        QVERIFY(m_f->roundTrip(ApiRequest::get(QStringLiteral("/account"))).isOk());
        QCOMPARE(m_f->client.connectionStatus()->state(), ConnectionStatus::State::Online);
        QVERIFY(background(QStringLiteral("/bookings")).isOk());
        QVERIFY(background(QStringLiteral("/bookings")).isOk());
        QCOMPARE(m_f->peer.requests().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestOfflineBackoff)
#include "tst_offlinebackoff.moc"
