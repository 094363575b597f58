// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    const QDateTime m_start = QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());

    void makeLimiter(RateLimiter &limiter, int limit = 120)
    {
        m_now = m_start.toMSecsSinceEpoch();
        limiter.setClock([this] { return m_now; });
        limiter.setLimit(limit);
    }

    static int drain(RateLimiter &limiter)
    {
        int taken = 0;
        while (limiter.takeNext())
            ++taken;
        return taken;
    }

private Q_SLOTS:
    // The panes' read-only view: other desks' spending shows through the server's report,
    // less what this desk sent since; a report older than the minute no longer counts.
    void budgetFollowsTheServersLastReport()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        const RateBudget &budget = limiter;
        QCOMPARE(budget.remaining(), 120);
        QCOMPARE(budget.secondsToReset(), 0);
        limiter.synchronise(50, 120);
        QCOMPARE(budget.remaining(), 50);
        QCOMPARE(budget.secondsToReset(), 60);
        limiter.enqueue(RequestPriority::Background);
        QVERIFY(limiter.takeNext());
        QCOMPARE(budget.remaining(), 49);
        m_now += 20000;
        limiter.synchronise(90, 120); // colleagues' requests left the server's minute
        QCOMPARE(budget.remaining(), 90);
        m_now += 60000;
        QCOMPARE(budget.remaining(), 120);
        QCOMPARE(budget.secondsToReset(), 0);
    }

    void startsWithTheFullBudget()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        QCOMPARE(limiter.limit(), 120);
        QCOMPARE(limiter.budgetLeft(), 120);
        QVERIFY(!limiter.isPaused());
        QCOMPARE(limiter.msUntilNext(), qint64(-1));
    }

    void allows120PerMinuteThenWaits()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        for (int i = 0; i < 130; ++i)
            limiter.enqueue(RequestPriority::User);
        QCOMPARE(drain(limiter), 120);
        QCOMPARE(limiter.budgetLeft(), 0);
        QCOMPARE(limiter.queuedCount(), 10);
        QCOMPARE(limiter.msUntilNext(), qint64(60001));

        m_now += 59999;
        QCOMPARE(drain(limiter), 0);
        m_now += 2;
        QCOMPARE(drain(limiter), 10); // the whole first minute's window has passed
        QCOMPARE(limiter.budgetLeft(), 110);
    }

    void windowSlides()
    {
        RateLimiter limiter;
        makeLimiter(limiter, 3);
        for (int i = 0; i < 3; ++i) {
            limiter.enqueue(RequestPriority::User);
            QVERIFY(limiter.takeNext());
            m_now += 10000;
        }
        // Sent at +0 s, +10 s, +20 s; now +30 s. The first frees its place at +60 s.
        limiter.enqueue(RequestPriority::User);
        QVERIFY(!limiter.takeNext());
        QCOMPARE(limiter.msUntilNext(), qint64(30001));
        m_now += 30001;
        QVERIFY(limiter.takeNext());
    }

    void userTicketsGoFirst()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        const quint64 background1 = limiter.enqueue(RequestPriority::Background);
        const quint64 user1 = limiter.enqueue(RequestPriority::User);
        const quint64 background2 = limiter.enqueue(RequestPriority::Background);
        const quint64 user2 = limiter.enqueue(RequestPriority::User);
        QCOMPARE(limiter.takeNext(), std::optional<quint64>(user1));
        QCOMPARE(limiter.takeNext(), std::optional<quint64>(user2));
        QCOMPARE(limiter.takeNext(), std::optional<quint64>(background1));
        QCOMPARE(limiter.takeNext(), std::optional<quint64>(background2));
        QCOMPARE(limiter.takeNext(), std::optional<quint64>());
    }

    void removedTicketsNeverLeave()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        const quint64 first = limiter.enqueue(RequestPriority::User);
        const quint64 second = limiter.enqueue(RequestPriority::User);
        QVERIFY(limiter.remove(first));
        QVERIFY(!limiter.remove(first));
        QCOMPARE(limiter.takeNext(), std::optional<quint64>(second));
        QCOMPARE(limiter.budgetLeft(), 119); // a removed ticket costs nothing
    }

    void serverRemainingNarrowsTheBudget()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        QSignalSpy spy(&limiter, &RateLimiter::stateChanged);
        limiter.synchronise(5, 120);
        QCOMPARE(limiter.budgetLeft(), 5);
        QCOMPARE(spy.count(), 1);
        // A larger, older figure never widens it again.
        limiter.synchronise(100, 120);
        QCOMPARE(limiter.budgetLeft(), 5);
        // The narrowing lasts one window.
        m_now += 60001;
        QCOMPARE(limiter.budgetLeft(), 120);
    }

    void serverLimitHeaderSetsTheLimit()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        limiter.synchronise(-1, 60);
        QCOMPARE(limiter.limit(), 60);
        QCOMPARE(limiter.budgetLeft(), 60);
        limiter.synchronise(-1, -1);
        QCOMPARE(limiter.limit(), 60);
    }

    void pausesUntilRetryAfter()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        QSignalSpy spy(&limiter, &RateLimiter::stateChanged);
        limiter.enqueue(RequestPriority::User);
        const QDateTime until = m_start.addSecs(30);
        limiter.pauseUntil(until);
        QCOMPARE(spy.count(), 1);
        QVERIFY(limiter.isPaused());
        QCOMPARE(limiter.pausedUntil(), until);
        QVERIFY(!limiter.takeNext());
        QCOMPARE(limiter.msUntilNext(), qint64(30000));
        // An earlier Retry-After does not shorten the pause.
        limiter.pauseUntil(m_start.addSecs(5));
        QCOMPARE(limiter.pausedUntil(), until);
        m_now += 30000;
        QVERIFY(!limiter.isPaused());
        QVERIFY(!limiter.pausedUntil().isValid());
        QVERIFY(limiter.takeNext());
    }

    // Ten desks that read "0 remaining" in the same start-up burst do not all wake a minute
    // later in one burst: each is held a further share of the spread (bench_desks).
    void desksOnASpentKeyWakeAtDifferentTimes()
    {
        QList<qint64> wakes;
        for (double jitter : {0.0, 0.5, 0.99}) {
            RateLimiter limiter;
            makeLimiter(limiter);
            limiter.setWakeSpreadMs(10000);
            limiter.setJitterSource([jitter] { return jitter; });
            limiter.enqueue(RequestPriority::User);
            limiter.synchronise(0, 120);
            QVERIFY(!limiter.takeNext());
            const qint64 wait = limiter.msUntilNext();
            QVERIFY2(wait >= 60000, qPrintable(QString::number(wait)));
            m_now += wait - 2;
            QVERIFY(!limiter.takeNext());
            m_now += 2;
            QVERIFY(limiter.takeNext());
            wakes.append(wait);
        }
        QCOMPARE(wakes.at(0), qint64(60001));
        QCOMPARE(wakes.at(1), qint64(65000));
        QCOMPARE(wakes.at(2), qint64(69900));
    }

    // After a 429 too; a short Retry-After gets a short spread (a fifth of the wait).
    void aPauseEndsWithThisDesksJitter()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        limiter.setWakeSpreadMs(10000);
        limiter.setJitterSource([] { return 0.5; });
        limiter.enqueue(RequestPriority::User);
        limiter.pauseUntil(m_start.addSecs(40));
        QCOMPARE(limiter.pausedUntil(), m_start.addSecs(40)); // Retry-After as the server said
        QCOMPARE(limiter.msUntilNext(), qint64(44000)); // 40 s + 0.5 of 8 s
        QCOMPARE(limiter.secondsToReset(), 44);
        m_now += 43999;
        QVERIFY(!limiter.isPaused());
        QVERIFY(!limiter.takeNext());
        m_now += 1;
        QVERIFY(limiter.takeNext());

        limiter.enqueue(RequestPriority::User);
        limiter.pauseUntil(m_start.addSecs(46)); // Retry-After: 2
        QCOMPARE(limiter.msUntilNext(), qint64(2200)); // 2 s + 0.5 of 0.4 s
    }

    // bench_desks: a desk held back under the reserve sends nothing, so it hears no new report;
    // its figure must still grow as the places it knows of leave the minute (it stayed at the
    // last report for up to a minute, and desks saw a new message after 54-60 s).
    void aHeldBackDeskSeesTheBudgetGrowBack()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        for (int i = 0; i < 30; ++i)
            limiter.enqueue(RequestPriority::Background);
        QCOMPARE(drain(limiter), 30);
        m_now += 30000;
        limiter.synchronise(8, 120); // the other desks spent the rest
        QCOMPARE(limiter.remaining(), 8);
        m_now += 30001; // this desk's 30 have left the minute; the report is 30 s old
        QCOMPARE(limiter.remaining(), 38);
        QCOMPARE(limiter.budgetLeft(), 38);
    }

    // The other desks' requests a report reveals were made since the previous report: they
    // leave this desk's copy of the minute spread over that time, as on the server, not all
    // a minute after the report (which woke every desk on the key in the same second).
    void othersRequestsLeaveAboutWhenTheyLeftTheServer()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        limiter.synchronise(100, 120);
        m_now += 20000;
        limiter.synchronise(40, 120); // 60 more in those 20 s
        QCOMPARE(limiter.budgetLeft(), 40);
        m_now += 50000; // 70 s: the first 20 and the half of the 60 made in the first 10 s
        QCOMPARE(limiter.budgetLeft(), 90);
        QCOMPARE(limiter.remaining(), 90);
        m_now += 10000;
        QCOMPARE(limiter.budgetLeft(), 120);
    }

    // A 429 says the server's minute is full now and its oldest request leaves at Retry-After:
    // the copy is filled, and after the pause places come back one by one, not all at once.
    void aTooManyRequestsFillsTheWindowUntilItFreesPlaceByPlace()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        for (int i = 0; i < 10; ++i)
            limiter.enqueue(RequestPriority::Background);
        QCOMPARE(drain(limiter), 10);
        m_now += 5000;
        limiter.pauseUntil(m_start.addSecs(60));
        QCOMPARE(limiter.budgetLeft(), 0);
        QCOMPARE(limiter.remaining(), 0);
        m_now = m_start.addSecs(60).toMSecsSinceEpoch();
        QVERIFY(!limiter.isPaused());
        const int atTheEnd = limiter.budgetLeft();
        QVERIFY2(atTheEnd > 0 && atTheEnd <= 12, qPrintable(QString::number(atTheEnd)));
        m_now += 2500; // half the 5 s in which the server's minute filled up
        const int later = limiter.budgetLeft();
        QVERIFY2(later > 55 && later < 75, qPrintable(QString::number(later)));
        m_now += 2500;
        QCOMPARE(limiter.budgetLeft(), 120);
    }

    // Desks that wake from a spent key send one request and wait for its answer's figure
    // before more: at 60.7 s every desk sent its thread, list and count poll at once (6 429s).
    void aSpentDeskWakesWithOneProbe()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        for (int i = 0; i < 5; ++i)
            limiter.enqueue(RequestPriority::User);
        limiter.synchronise(0, 120);
        QVERIFY(limiter.isProbing());
        m_now += limiter.msUntilNext();
        QCOMPARE(drain(limiter), 1);
        QCOMPARE(limiter.msUntilNext(), RateLimiter::ProbeTimeoutMs);
        limiter.synchronise(30, 120); // the answer: room again
        QVERIFY(!limiter.isProbing());
        QCOMPARE(drain(limiter), 4);
    }

    void aProbeWithoutAnAnswerIsFollowedByAnotherAfterItsTimeOut()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        for (int i = 0; i < 4; ++i)
            limiter.enqueue(RequestPriority::User);
        limiter.pauseUntil(m_start.addSecs(3));
        m_now += 3000;
        QCOMPARE(drain(limiter), 1);
        m_now += RateLimiter::ProbeTimeoutMs - 1;
        QCOMPARE(drain(limiter), 0);
        m_now += 1;
        QCOMPARE(drain(limiter), 1); // the first was lost: another goes alone
        limiter.synchronise(-1, -1); // it failed without a figure (a network error)
        QCOMPARE(drain(limiter), 1); // so the next is a probe too, at once
        limiter.synchronise(0, 120); // answered: still spent
        QCOMPARE(drain(limiter), 0);
        QVERIFY(limiter.isProbing());
    }

    // Retry-After: 0 or 1 is a pause, not a spent minute: retries go when it ends.
    void aShortRetryAfterOnlyPauses()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        for (int i = 0; i < 3; ++i)
            limiter.enqueue(RequestPriority::User);
        limiter.pauseUntil(m_start.addSecs(1));
        QVERIFY(!limiter.isProbing());
        m_now += 1000;
        QCOMPARE(drain(limiter), 3);
    }

    void announcesTheEndOfAPauseByItself()
    {
        RateLimiter limiter; // the real clock: this is about time passing
        limiter.pauseUntil(QDateTime::currentDateTimeUtc().addMSecs(300));
        QVERIFY(limiter.isPaused());
        QSignalSpy spy(&limiter, &RateLimiter::stateChanged);
        QVERIFY(spy.wait(2000));
        QTRY_VERIFY(!limiter.isPaused());
    }

    void resetForgetsEverything()
    {
        RateLimiter limiter;
        makeLimiter(limiter);
        limiter.enqueue(RequestPriority::User);
        limiter.synchronise(0, 120);
        limiter.pauseUntil(m_start.addSecs(60));
        limiter.reset();
        QCOMPARE(limiter.budgetLeft(), 120);
        QVERIFY(!limiter.isPaused());
        QCOMPARE(limiter.queuedCount(), 0);
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        QTest::newRow("seconds") << QByteArray("30") << now.addSecs(30);
        QTest::newRow("zero") << QByteArray("0") << now;
        QTest::newRow("padded") << QByteArray(" 5 ") << now.addSecs(5);
        QTest::newRow("http date")
            << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT")
            << QDateTime(QDate(2026, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        QTest::newRow("http date single-digit day")
            << QByteArray("Mon, 02 Nov 2026 10:00:05 GMT")
            << QDateTime(QDate(2026, 11, 2), QTime(10, 0, 5), QTimeZone::utc());
        QTest::newRow("negative") << QByteArray("-3") << QDateTime();
        QTest::newRow("empty") << QByteArray("") << QDateTime();
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        const QDateTime parsed = RateLimiter::parseRetryAfter(value, now);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
