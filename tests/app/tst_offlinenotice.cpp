// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's "showing what was saved" line follows ConnectionStatus (issue 14): it shows
// while reads come from the offline cache, stays while a gateway still answers 503 (the
// server is in trouble, the data on screen is still the saved one), and goes by itself when
// the API answers again. Against a raw peer, so every answer is chosen.
#include "clientpeerfixture.h"
#include "connectionstatus.h"
#include "memoryresponsecache.h"
#include "offlinenotice.h"

#include <QTest>
#include <QWidget>

#include <memory>

class TestOfflineNotice : public QObject
{
    Q_OBJECT

private:
    static bool read(ClientPeerFixture &f, const QString &path)
    {
        return f.roundTrip(ApiRequest::get(path)).isOk();
    }

private Q_SLOTS:
    void followsTheConnectionStateNotAnyAnswer()
    {
        ClientPeerFixture f;
        QVERIFY(f.peer.port() != 0);
        MemoryResponseCache cache;
        const QDateTime savedAt(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);
        cache.entries[QStringLiteral("/account")] = {AccountJson, savedAt};
        f.client.setResponseCache(&cache);
        f.client.setRetryPolicy(ClientPeerFixture::fastRetries(1));
        QWidget window; // the line is a child of the window, shown and hidden by itself
        auto &notice = *new OfflineNotice(f.client, &window);
        window.show();
        QVERIFY(!notice.isVisible());

        int status = 503; // a gateway whose API is down
        f.peer.setHandler([&status](const RawHttpPeer::Request &, int) {
            return RawHttpPeer::json(status, status == 200 ? AccountJson : QByteArray(R"({"error":{"code":"unavailable"}})"));
        });
        QVERIFY(read(f, QStringLiteral("/account"))); // from the cache
        QCOMPARE(f.client.connectionStatus()->state(), ConnectionStatus::State::ServerTrouble);
        QVERIFY(notice.isVisible());
        QVERIFY2(notice.text().startsWith(QLatin1String("Offline: showing what was saved at")), qPrintable(notice.text()));
        QCOMPARE(notice.oldestShown(), savedAt);
        // Another 503 (a round trip: whatever was queued meanwhile has run): still saved data.
        QVERIFY(read(f, QStringLiteral("/account")));
        QVERIFY(!f.roundTrip(ApiRequest::get(QStringLiteral("/team"))).isOk()); // never saved
        QVERIFY(notice.isVisible());

        status = 200; // the API is back: the line goes without anyone asking
        QVERIFY(read(f, QStringLiteral("/account")));
        QCOMPARE(f.client.connectionStatus()->state(), ConnectionStatus::State::Online);
        QTRY_VERIFY(!notice.isVisible());
        QVERIFY(!notice.oldestShown().isValid());
    }

    void saysWhetherTheServerIsAwaitedOrDown()
    {
        const QDateTime savedAt(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);
        const QString waiting = OfflineNotice::textFor(savedAt, savedAt, true);
        const QString down = OfflineNotice::textFor(savedAt, savedAt, false);
        QVERIFY2(waiting.startsWith(QLatin1String("Showing what was saved at")), qPrintable(waiting));
        QVERIFY(waiting.endsWith(QStringLiteral("while the server answers…")));
        QVERIFY2(down.startsWith(QLatin1String("Offline: showing what was saved at")), qPrintable(down));
    }
};

QTEST_MAIN(TestOfflineNotice)
#include "tst_offlinenotice.moc"
