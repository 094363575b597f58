// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The core's pure helpers: pagination, validation, the clock's formats, fault patterns,
// the whitelist match and the sliding-minute rate limiter.
#include "core/apikeystore.h"
#include "core/clock.h"
#include "core/faultinjector.h"
#include "core/pagination.h"
#include "core/ratelimiter.h"
#include "core/validator.h"

#include <QJsonArray>
#include <QTest>

using namespace Sandbox;

class TestSandboxHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagination_data();
    void pagination();
    void paginationMeta();
    void validatorTypes();
    void validatorFormats_data();
    void validatorFormats();
    void clockFormatsAndParses_data();
    void clockFormatsAndParses();
    void pinnedClockStandsStill();
    void globMatch_data();
    void globMatch();
    void faultCountRunsOut();
    void hostAllowed_data();
    void hostAllowed();
    void rateLimiterSlidingWindow();
};

void TestSandboxHelpers::pagination_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("none") << QString() << 1 << 15 << qint64(0);
    QTest::newRow("page 3") << QStringLiteral("page=3&per_page=20") << 3 << 20 << qint64(40);
    QTest::newRow("negative") << QStringLiteral("page=-1&per_page=-5") << 1 << 1 << qint64(0);
    QTest::newRow("clamped") << QStringLiteral("page=2&per_page=500") << 2 << 100 << qint64(100);
    QTest::newRow("garbage") << QStringLiteral("page=two&per_page=%27;--") << 1 << 15 << qint64(0);
    QTest::newRow("float") << QStringLiteral("page=1.5&per_page=10") << 1 << 10 << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("page=99999999999999999999999999&per_page=100")
                              << 10000000 << 100 << qint64(999999900);
}

void TestSandboxHelpers::pagination()
{
    QFETCH(QString, query);
    QFETCH(int, page);
    QFETCH(int, perPage);
    QFETCH(qint64, offset);
    const Pagination p = Pagination::fromQuery(QUrlQuery(query));
    QCOMPARE(p.page, page);
    QCOMPARE(p.perPage, perPage);
    QCOMPARE(p.offset(), offset);
}

void TestSandboxHelpers::paginationMeta()
{
    Pagination p;
    QCOMPARE(p.meta(0).value(QStringLiteral("last_page")).toInt(), 1);
    QCOMPARE(p.meta(15).value(QStringLiteral("last_page")).toInt(), 1);
    QCOMPARE(p.meta(16).value(QStringLiteral("last_page")).toInt(), 2);
    QCOMPARE(p.meta(120).value(QStringLiteral("last_page")).toInt(), 8);
    QCOMPARE(p.meta(120).value(QStringLiteral("total")).toInt(), 120);
}

void TestSandboxHelpers::validatorTypes()
{
    const QJsonObject body { { QStringLiteral("n"), 3 }, { QStringLiteral("f"), 2.5 },
        { QStringLiteral("s"), QStringLiteral("x") }, { QStringLiteral("b"), true },
        { QStringLiteral("a"), QJsonArray { QStringLiteral("p") } },
        { QStringLiteral("o"), QJsonObject {} }, { QStringLiteral("z"), QJsonValue() } };
    Validator v(body);
    QCOMPARE(v.integer(QStringLiteral("n")).value(), 3);
    QVERIFY(!v.integer(QStringLiteral("f")));
    QVERIFY(!v.integer(QStringLiteral("s")));
    QCOMPARE(v.string(QStringLiteral("s")).value(), QStringLiteral("x"));
    QVERIFY(!v.string(QStringLiteral("n")));
    QCOMPARE(v.boolean(QStringLiteral("b")).value(), true);
    QVERIFY(!v.boolean(QStringLiteral("n")));
    QCOMPARE(v.stringArray(QStringLiteral("a")).value(), QStringList { QStringLiteral("p") });
    QVERIFY(v.object(QStringLiteral("o")).has_value());
    QVERIFY(!v.string(QStringLiteral("z"))); // null = absent, not an error
    QVERIFY(!v.string(QStringLiteral("missing"))); // absent optional: no error
    QCOMPARE(v.errors().keys(),
        (QStringList { QStringLiteral("f"), QStringLiteral("n"), QStringLiteral("s") }));
    QVERIFY(!v.string(QStringLiteral("missing"), true));
    QVERIFY(v.hasError(QStringLiteral("missing")));
    const Response r = v.response();
    QCOMPARE(r.status, 422);
}

void TestSandboxHelpers::validatorFormats_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("e164");
    QTest::newRow("email") << QStringLiteral("sarah@example.com") << true << false;
    QTest::newRow("arabic email local part") << QStringLiteral("سارة@example.com") << true << false;
    QTest::newRow("no at") << QStringLiteral("example.com") << false << false;
    QTest::newRow("no dot") << QStringLiteral("a@b") << false << false;
    QTest::newRow("uae mobile") << QStringLiteral("+971501234567") << false << true;
    QTest::newRow("no plus") << QStringLiteral("971501234567") << false << false;
    QTest::newRow("leading zero") << QStringLiteral("+0501234567") << false << false;
    QTest::newRow("too long") << QStringLiteral("+1234567890123456") << false << false;
    QTest::newRow("spaces") << QStringLiteral("+971 50 123 4567") << false << false;
}

void TestSandboxHelpers::validatorFormats()
{
    QFETCH(QString, value);
    QFETCH(bool, email);
    QFETCH(bool, e164);
    QCOMPARE(Validator::isValidEmail(value), email);
    QCOMPARE(Validator::isValidE164(value), e164);
}

void TestSandboxHelpers::clockFormatsAndParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stamp");
    QTest::newRow("microseconds") << QStringLiteral("2026-03-10T14:00:00.000000Z")
                                  << QStringLiteral("2026-03-10T14:00:00.000000Z");
    QTest::newRow("no fraction") << QStringLiteral("2026-03-10T09:00:00Z")
                                 << QStringLiteral("2026-03-10T09:00:00.000000Z");
    QTest::newRow("millis") << QStringLiteral("2026-03-10T09:00:00.250Z")
                            << QStringLiteral("2026-03-10T09:00:00.250000Z");
    QTest::newRow("offset") << QStringLiteral("2026-03-10T13:00:00+04:00")
                            << QStringLiteral("2026-03-10T09:00:00.000000Z");
    QTest::newRow("no seconds") << QStringLiteral("2026-03-10T09:30Z")
                                << QStringLiteral("2026-03-10T09:30:00.000000Z");
    QTest::newRow("date only") << QStringLiteral("2026-03-10") << QString();
    QTest::newRow("garbage") << QStringLiteral("tomorrow") << QString();
    QTest::newRow("bad month") << QStringLiteral("2026-13-10T09:00:00Z") << QString();
}

void TestSandboxHelpers::clockFormatsAndParses()
{
    QFETCH(QString, text);
    QFETCH(QString, stamp);
    const QDateTime parsed = Clock::parse(text);
    QCOMPARE(parsed.isValid(), !stamp.isEmpty());
    if (!stamp.isEmpty()) {
        QCOMPARE(Clock::stamp(parsed), stamp);
        QCOMPARE(Clock::slotStamp(parsed), stamp.left(19) + QLatin1Char('Z'));
    }
}

void TestSandboxHelpers::pinnedClockStandsStill()
{
    const Clock pinned(Clock::parse(QStringLiteral("2026-03-04T09:00:00Z")));
    QVERIFY(pinned.isPinned());
    QCOMPARE(pinned.nowStamp(), QStringLiteral("2026-03-04T09:00:00.000000Z"));
    QTest::qWait(5);
    QCOMPARE(pinned.nowStamp(), QStringLiteral("2026-03-04T09:00:00.000000Z"));
    const Clock real;
    QVERIFY(!real.isPinned());
    QVERIFY(qAbs(real.now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(real.now().timeSpec(), Qt::UTC);
}

void TestSandboxHelpers::globMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QStringLiteral("/api/v1/account") << QStringLiteral("/api/v1/account")
                           << true;
    QTest::newRow("exact, longer path")
        << QStringLiteral("/api/v1/account") << QStringLiteral("/api/v1/account/channels") << false;
    QTest::newRow("star spans slashes") << QStringLiteral("/api/v1/contacts*")
                                        << QStringLiteral("/api/v1/contacts/42/notes") << true;
    QTest::newRow("star in middle") << QStringLiteral("/api/v1/contacts/*/notes")
                                    << QStringLiteral("/api/v1/contacts/42/notes") << true;
    QTest::newRow("regex chars literal")
        << QStringLiteral("/api/v1/a.c") << QStringLiteral("/api/v1/abc") << false;
    QTest::newRow("everything") << QStringLiteral("*") << QStringLiteral("/anything") << true;
}

void TestSandboxHelpers::globMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(FaultInjector::globMatch(pattern, path), matches);
}

void TestSandboxHelpers::faultCountRunsOut()
{
    FaultInjector faults;
    FaultInjector::Fault fault;
    fault.pathPattern = QStringLiteral("/api/*");
    fault.method = QStringLiteral("GET");
    fault.remaining = 2;
    faults.add(fault);
    QVERIFY(!faults.take(QStringLiteral("POST"), QStringLiteral("/api/x")));
    QVERIFY(faults.take(QStringLiteral("GET"), QStringLiteral("/api/x")));
    QVERIFY(faults.take(QStringLiteral("GET"), QStringLiteral("/api/x")));
    QVERIFY(!faults.take(QStringLiteral("GET"), QStringLiteral("/api/x")));
    QCOMPARE(faults.toJson().size(), 0);
}

void TestSandboxHelpers::hostAllowed_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("exact") << QStringLiteral("app.example.com") << true;
    QTest::newRow("case") << QStringLiteral("APP.Example.com") << true;
    QTest::newRow("sub of exact entry") << QStringLiteral("x.app.example.com") << false;
    QTest::newRow("wildcard sub") << QStringLiteral("eu.shop.example.org") << true;
    QTest::newRow("wildcard deep") << QStringLiteral("a.b.shop.example.org") << true;
    QTest::newRow("wildcard apex") << QStringLiteral("shop.example.org") << false;
    QTest::newRow("lookalike") << QStringLiteral("evilshop.example.org") << false;
}

void TestSandboxHelpers::hostAllowed()
{
    QFETCH(QString, host);
    QFETCH(bool, allowed);
    QCOMPARE(ApiKeyStore::hostAllowed(
                 host, { QStringLiteral("app.example.com"), QStringLiteral("*.shop.example.org") }),
        allowed);
}

void TestSandboxHelpers::rateLimiterSlidingWindow()
{
    RateLimiter limiter(3);
    QCOMPARE(limiter.hit(1).remaining, 2);
    QCOMPARE(limiter.hit(1).remaining, 1);
    QCOMPARE(limiter.peek(1).remaining, 1);
    QCOMPARE(limiter.hit(1).remaining, 0);
    const RateLimiter::Decision refused = limiter.hit(1);
    QVERIFY(!refused.allowed);
    QVERIFY(refused.retryAfterSeconds >= 59 && refused.retryAfterSeconds <= 60);
    QVERIFY(limiter.hit(2).allowed);
    limiter.reset();
    QVERIFY(limiter.hit(1).allowed);
    QCOMPARE(RateLimiter(0).limit(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxHelpers)
#include "tst_sandbox_helpers.moc"
