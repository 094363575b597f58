// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"
#include "retrypolicy.h"

#include <QTest>

using Kind = ApiError::Kind;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<bool>("retry");

        const QString account = QStringLiteral("/account");
        const QString send = QStringLiteral("/messages/send");
        QTest::newRow("GET network")
            << QByteArray("GET") << account << int(Kind::Network) << 0 << 1 << true;
        QTest::newRow("GET timeout")
            << QByteArray("GET") << account << int(Kind::Timeout) << 0 << 1 << true;
        QTest::newRow("GET 502") << QByteArray("GET") << account << int(Kind::Server) << 502 << 1
                                 << true;
        QTest::newRow("GET 503") << QByteArray("GET") << account << int(Kind::Server) << 503 << 2
                                 << true;
        QTest::newRow("GET 504") << QByteArray("GET") << account << int(Kind::Server) << 504 << 1
                                 << true;
        QTest::newRow("GET 500") << QByteArray("GET") << account << int(Kind::Server) << 500 << 1
                                 << false;
        QTest::newRow("GET 503 third attempt")
            << QByteArray("GET") << account << int(Kind::Server) << 503 << 3 << false;
        QTest::newRow("GET 404") << QByteArray("GET") << account << int(Kind::NotFound) << 404 << 1
                                 << false;
        QTest::newRow("GET 401") << QByteArray("GET") << account << int(Kind::Unauthorized) << 401
                                 << 1 << false;
        QTest::newRow("GET tls") << QByteArray("GET") << account << int(Kind::Tls) << 0 << 1
                                 << false;
        QTest::newRow("GET malformed")
            << QByteArray("GET") << account << int(Kind::MalformedResponse) << 200 << 1 << false;
        QTest::newRow("GET cancelled")
            << QByteArray("GET") << account << int(Kind::Cancelled) << 0 << 1 << false;
        QTest::newRow("PUT network") << QByteArray("PUT") << QStringLiteral("/contacts/4")
                                     << int(Kind::Network) << 0 << 1 << true;
        QTest::newRow("DELETE 503") << QByteArray("DELETE") << QStringLiteral("/team/3")
                                    << int(Kind::Server) << 503 << 1 << true;
        QTest::newRow("PATCH network")
            << QByteArray("PATCH") << account << int(Kind::Network) << 0 << 1 << false;
        QTest::newRow("POST network") << QByteArray("POST") << QStringLiteral("/contacts")
                                      << int(Kind::Network) << 0 << 1 << false;
        QTest::newRow("POST 503") << QByteArray("POST") << QStringLiteral("/bookings")
                                  << int(Kind::Server) << 503 << 1 << false;
        QTest::newRow("POST 429") << QByteArray("POST") << QStringLiteral("/bookings")
                                  << int(Kind::RateLimited) << 429 << 1 << true;
        QTest::newRow("GET 429") << QByteArray("GET") << account << int(Kind::RateLimited) << 429
                                 << 2 << true;
        QTest::newRow("429 third attempt")
            << QByteArray("GET") << account << int(Kind::RateLimited) << 429 << 3 << false;
        QTest::newRow("send timeout")
            << QByteArray("POST") << send << int(Kind::Timeout) << 0 << 1 << false;
        QTest::newRow("send dropped")
            << QByteArray("POST") << send << int(Kind::Network) << 0 << 1 << false;
        QTest::newRow("send 503") << QByteArray("POST") << send << int(Kind::Server) << 503 << 1
                                  << false;
        QTest::newRow("send 502") << QByteArray("POST") << send << int(Kind::Server) << 502 << 1
                                  << false;
        QTest::newRow("send 429") << QByteArray("POST") << send << int(Kind::RateLimited) << 429
                                  << 1 << true;
        QTest::newRow("send 422") << QByteArray("POST") << send << int(Kind::Validation) << 422 << 1
                                  << false;
    }

    void decides()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, attemptsMade);
        QFETCH(bool, retry);
        RetryPolicy policy;
        policy.setJitterSource([] { return 0.0; });
        const ApiError error(Kind(kind), status);
        const RetryPolicy::Decision decision = policy.decide(method, path, error, attemptsMade);
        QCOMPARE(decision.retry, retry);
        if (retry && Kind(kind) == Kind::RateLimited)
            QCOMPARE(decision.delayMs, 0); // the rate limiter's pause does the waiting
        if (retry && Kind(kind) != Kind::RateLimited)
            QCOMPARE(decision.delayMs, policy.backoffMs(attemptsMade));
    }

    void backsOffExponentiallyWithJitter_data()
    {
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expected");
        QTest::newRow("first, no jitter") << 1 << 0.0 << 500;
        QTest::newRow("second, no jitter") << 2 << 0.0 << 1000;
        QTest::newRow("third, no jitter") << 3 << 0.0 << 2000;
        QTest::newRow("first, full jitter") << 1 << 0.999 << 749;
        QTest::newRow("second, half jitter") << 2 << 0.5 << 1250;
    }

    void backsOffExponentiallyWithJitter()
    {
        QFETCH(int, attemptsMade);
        QFETCH(double, jitter);
        QFETCH(int, expected);
        RetryPolicy policy;
        policy.setJitterSource([jitter] { return jitter; });
        QCOMPARE(policy.backoffMs(attemptsMade), expected);
    }

    void realJitterStaysInRange()
    {
        const RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.backoffMs(2);
            QVERIFY(delay >= 1000);
            QVERIFY(delay < 1500);
        }
    }

    void recognisesTheSendEndpoint_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("neverResent");
        QTest::newRow("send") << QByteArray("POST") << QStringLiteral("/messages/send") << true;
        QTest::newRow("send, trailing slash")
            << QByteArray("POST") << QStringLiteral("/messages/send/") << true;
        QTest::newRow("send, lower-case method")
            << QByteArray("post") << QStringLiteral("/messages/send") << true;
        QTest::newRow("other POST") << QByteArray("POST") << QStringLiteral("/contacts") << false;
        QTest::newRow("GET messages")
            << QByteArray("GET") << QStringLiteral("/contacts/4/messages") << false;
    }

    void recognisesTheSendEndpoint()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, neverResent);
        QCOMPARE(RetryPolicy::isNeverResent(method, path), neverResent);
    }

    void longRateLimitWaitsAreReportedNotWaited_data()
    {
        QTest::addColumn<int>("waitSeconds");
        QTest::addColumn<bool>("retry");
        QTest::newRow("1 s") << 1 << true;
        QTest::newRow("60 s") << 60 << true;
        QTest::newRow("66 s") << 66 << false;
        QTest::newRow("an hour") << 3600 << false;
    }

    void longRateLimitWaitsAreReportedNotWaited()
    {
        QFETCH(int, waitSeconds);
        QFETCH(bool, retry);
        const QDateTime now(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
        ApiError error(Kind::RateLimited, 429);
        error.retryAfter = now.addSecs(waitSeconds);
        const RetryPolicy policy;
        QCOMPARE(policy.decide("GET", QStringLiteral("/account"), error, 1, now).retry, retry);
    }

    void maxAttemptsIsConfigurable()
    {
        RetryPolicy policy;
        policy.setMaxAttempts(1);
        const ApiError error(Kind::Network);
        QVERIFY(!policy.decide("GET", QStringLiteral("/account"), error, 1).retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
