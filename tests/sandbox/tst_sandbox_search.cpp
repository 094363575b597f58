// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Contact search gives the same answers whichever way ContactSearch finds the rows
// (trigram index for selective terms, narrow scan for broad or short ones), pages stay
// in order, and cached totals follow every write.
#include "sandboxfixture.h"
#include "testhttp.h"

#include "contacts/contactsearch.h"
#include "core/database.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestSandboxSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void strategyFollowsSelectivity_data();
    void strategyFollowsSelectivity();
    void totalsMatchABruteForceCount_data();
    void totalsMatchABruteForceCount();
    void everyPageIsOrderedAndMatches();
    void cachedTotalsFollowWrites();

private:
    qint64 bruteForce(const QString &term) const;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    QStringList m_haystacks;
};

void TestSandboxSearch::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_server->baseUrl(), m_server->demoApiKey());
    // Enough rows that "example.net" and "contact" are broad (over 10,000 documents).
    Sandbox::Database &db = m_server->context().database;
    QVERIFY(db.transaction());
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO contacts(name, phone, email, channel, created_at, updated_at)"
                       " VALUES (?, ?, ?, 'whatsapp', ?, ?)"));
    const QStringList special = { QStringLiteral("Sarah Johnson"), QStringLiteral("سارة الهاشمي"),
        QStringLiteral("O'Brien 100%"), QStringLiteral("Zoë Émile"),
        QStringLiteral("Party 🎉 Planner") };
    for (int i = 0; i < 10500; ++i) {
        const QString name = i % 1000 == 7 ? special.at((i / 1000) % special.size())
                                           : QStringLiteral("Contact %1").arg(i);
        const QString phone = QStringLiteral("+9715%1").arg(10000000 + i * 37);
        const QString email = QStringLiteral("user%1@example.net").arg(i);
        const QString stamp = QStringLiteral("2026-02-%1T10:%2:00.000000Z")
                                  .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                  .arg(i % 60, 2, 10, QLatin1Char('0'));
        for (const QVariant &value :
            { QVariant(name), QVariant(phone), QVariant(email), QVariant(stamp), QVariant(stamp) })
            insert.addBindValue(value);
        QVERIFY(insert.exec());
        m_haystacks.append((name + QLatin1Char(' ') + phone + QLatin1Char(' ') + email).toLower());
    }
    QVERIFY(db.commit());
}

void TestSandboxSearch::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

qint64 TestSandboxSearch::bruteForce(const QString &term) const
{
    const QString needle = term.toLower();
    return std::count_if(m_haystacks.cbegin(), m_haystacks.cend(),
        [&needle](const QString &h) { return h.contains(needle); });
}

void TestSandboxSearch::strategyFollowsSelectivity_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("trigram");
    QTest::newRow("selective name") << QStringLiteral("sarah") << true;
    QTest::newRow("selective number") << QStringLiteral("user1234") << true;
    QTest::newRow("broad domain") << QStringLiteral("example.net") << false;
    QTest::newRow("broad prefix") << QStringLiteral("+9715") << false;
    QTest::newRow("short") << QStringLiteral("sa") << false;
    QTest::newRow("absent") << QStringLiteral("qqzzxx") << true;
}

void TestSandboxSearch::strategyFollowsSelectivity()
{
    QFETCH(QString, term);
    QFETCH(bool, trigram);
    QCOMPARE(
        Sandbox::ContactSearch(m_server->context().database, term).usesTrigramIndex(), trigram);
}

void TestSandboxSearch::totalsMatchABruteForceCount_data()
{
    QTest::addColumn<QString>("term");
    for (const char *term : { "sarah", "JOHNSON", "سارة", "o'brien", "100%", "🎉", "émile",
             "example.net", "user10", "+9715", "contact 1", "sa", "7", "%", "_", "qqzzxx", "e.n" })
        QTest::newRow(term) << QString::fromUtf8(term);
}

void TestSandboxSearch::totalsMatchABruteForceCount()
{
    QFETCH(QString, term);
    const TestReply reply = m_http->get(QStringLiteral("/contacts"),
        QUrlQuery {
            { QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(term)) } });
    QCOMPARE(reply.status, 200);
    // "émile" also finds "Émile": selective terms go through the trigram index, which
    // folds case beyond ASCII.
    const qint64 expected = bruteForce(term);
    QCOMPARE(qint64(reply.meta().value(QStringLiteral("total")).toInteger()), expected);
    QCOMPARE(reply.dataArray().size(), int(std::min<qint64>(15, expected)));
}

void TestSandboxSearch::everyPageIsOrderedAndMatches()
{
    for (const QString &term :
        { QStringLiteral("example.net"), QStringLiteral("sarah"), QStringLiteral("user99") }) {
        QString previous = QStringLiteral("9999");
        for (int page = 1; page <= 3; ++page) {
            const TestReply reply = m_http->get(QStringLiteral("/contacts"),
                QUrlQuery { { QStringLiteral("search"), term },
                    { QStringLiteral("page"), QString::number(page) },
                    { QStringLiteral("per_page"), QStringLiteral("7") } });
            for (const QJsonValue &row : reply.dataArray()) {
                const QJsonObject c = row.toObject();
                const QString created = c.value(QStringLiteral("created_at")).toString();
                QVERIFY2(created <= previous, qPrintable(term));
                previous = created;
                const QString haystack = (c.value(QStringLiteral("name")).toString()
                    + QLatin1Char(' ') + c.value(QStringLiteral("phone")).toString()
                    + QLatin1Char(' ') + c.value(QStringLiteral("email")).toString())
                                             .toLower();
                QVERIFY(haystack.contains(term));
            }
        }
    }
    const TestReply byName = m_http->get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("search"), QStringLiteral("sarah") },
            { QStringLiteral("sort"), QStringLiteral("name") } });
    QCOMPARE(byName.status, 200);
    QCOMPARE(byName.dataArray().size(), int(bruteForce(QStringLiteral("sarah"))));
}

void TestSandboxSearch::cachedTotalsFollowWrites()
{
    const auto total = [this] {
        return m_http
            ->get(QStringLiteral("/contacts"),
                QUrlQuery { { QStringLiteral("search"), QStringLiteral("example.net") } })
            .meta()
            .value(QStringLiteral("total"))
            .toInteger();
    };
    const qint64 before = total();
    QCOMPARE(total(), before);
    const TestReply created = m_http->post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("New One") },
            { QStringLiteral("email"), QStringLiteral("new@example.net") } });
    QCOMPARE(created.status, 201);
    QCOMPARE(total(), before + 1);
    QCOMPARE(m_http
                 ->del(QStringLiteral("/contacts/%1")
                           .arg(created.dataObject().value(QStringLiteral("id")).toInteger()))
                 .status,
        200);
    QCOMPARE(total(), before);
}

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "tst_sandbox_search.moc"
