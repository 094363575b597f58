// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GET /contacts: search (quotes, SQL and LIKE metacharacters, Arabic, emoji, "+" in the
// query string), filters, sort and paging, over real HTTP.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxContactsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unicodeRoundTripsAndIsFound_data();
    void unicodeRoundTripsAndIsFound();
    void searchIsCaseInsensitiveSubstring();
    void plusInTheQueryIsASpace();
    void filtersByTagChannelAndBlacklist();
    void invalidFilterValuesAre422();
    void sortByName();
    void pagingMetaAndClamping_data();
    void pagingMetaAndClamping();

private:
    qint64 createContact(const QJsonObject &body);
    std::unique_ptr<SandboxFixture> m_fixture;
};

qint64 TestSandboxContactsQuery::createContact(const QJsonObject &body)
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/contacts"), body);
    if (reply.status != 201)
        qWarning() << "create failed" << reply.status << reply.body;
    return reply.dataObject().value(QStringLiteral("id")).toInteger();
}

void TestSandboxContactsQuery::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    // Enough rows for paging and sorting, whatever order the tests run in.
    for (int i = 0; i < 12; ++i) {
        QVERIFY(createContact({ { QStringLiteral("name"),
                                    QStringLiteral("Query Contact %1").arg(QChar(u'A' + i)) },
                    { QStringLiteral("email"), QStringLiteral("query%1@example.com").arg(i) } })
            > 0);
    }
}

void TestSandboxContactsQuery::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSandboxContactsQuery::unicodeRoundTripsAndIsFound_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("search");
    QTest::newRow("arabic") << QStringLiteral("سارة الهاشمي") << QStringLiteral("الهاشمي");
    QTest::newRow("arabic short") << QStringLiteral("لمى") << QStringLiteral("لم");
    QTest::newRow("emoji") << QStringLiteral("Party 🎉 Planner 👩🏽‍💻")
                           << QStringLiteral("🎉");
    QTest::newRow("emoji long") << QStringLiteral("Rocket 🚀🚀🚀 Co") << QStringLiteral("🚀🚀🚀");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"The Boss\"") << QStringLiteral("n \"the");
    QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE contacts;--")
                         << QStringLiteral("'); DROP");
    QTest::newRow("like percent") << QStringLiteral("100% Juice") << QStringLiteral("0%");
    QTest::newRow("like underscore") << QStringLiteral("snake_case Ltd") << QStringLiteral("e_c");
    QTest::newRow("fts syntax") << QStringLiteral("Star* OR NOT (x) NEAR")
                                << QStringLiteral("* OR NOT (");
    QTest::newRow("backslash") << QStringLiteral("Back\\slash") << QStringLiteral("k\\s");
}

void TestSandboxContactsQuery::unicodeRoundTripsAndIsFound()
{
    QFETCH(QString, name);
    QFETCH(QString, search);
    const qint64 id = createContact({ { QStringLiteral("name"), name },
        { QStringLiteral("email"),
            QStringLiteral("u%1@example.com")
                .arg(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '))) } });
    QVERIFY(id > 0);
    const TestReply got = m_fixture->http().get(QStringLiteral("/contacts/%1").arg(id));
    QCOMPARE(got.dataObject().value(QStringLiteral("name")).toString(), name);

    const TestReply found = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery {
            { QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(search)) } });
    QCOMPARE(found.status, 200);
    bool present = false;
    for (const QJsonValue &row : found.dataArray())
        present = present || row.toObject().value(QStringLiteral("id")).toInteger() == id;
    QVERIFY2(present, found.body.constData());
    // The metacharacters match literally: no row without the term comes back.
    for (const QJsonValue &row : found.dataArray()) {
        const QJsonObject c = row.toObject();
        const QString haystack = (c.value(QStringLiteral("name")).toString() + QLatin1Char(' ')
            + c.value(QStringLiteral("phone")).toString() + QLatin1Char(' ')
            + c.value(QStringLiteral("email")).toString())
                                     .toLower();
        QVERIFY2(haystack.contains(search.toLower()), qPrintable(haystack));
    }
    // The table survived the SQL-looking input.
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts")).status, 200);
}

void TestSandboxContactsQuery::searchIsCaseInsensitiveSubstring()
{
    const qint64 id
        = createContact({ { QStringLiteral("name"), QStringLiteral("Zebulon Quartermaine") },
            { QStringLiteral("phone"), QStringLiteral("+15551239876") } });
    const QStringList terms = { QStringLiteral("ZEBUL"), QStringLiteral("termai"),
        QStringLiteral("zE"), QStringLiteral("5551239"), QStringLiteral("+1555") };
    for (const QString &term : terms) {
        const TestReply reply = m_fixture->http().get(QStringLiteral("/contacts"),
            QUrlQuery {
                { QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(term)) } });
        QCOMPARE(reply.status, 200);
        bool present = false;
        for (const QJsonValue &row : reply.dataArray())
            present = present || row.toObject().value(QStringLiteral("id")).toInteger() == id;
        QVERIFY2(present, qPrintable(term));
    }
    const TestReply none = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("search"), QStringLiteral("qqqzzzxxx") } });
    QCOMPARE(none.status, 200);
    QCOMPARE(none.dataArray().size(), 0);
    QCOMPARE(none.meta().value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(none.meta().value(QStringLiteral("last_page")).toInt(), 1);
}

void TestSandboxContactsQuery::plusInTheQueryIsASpace()
{
    const qint64 id = createContact({ { QStringLiteral("name"), QStringLiteral("Plus Minus") },
        { QStringLiteral("phone"), QStringLiteral("+19995550101") } });
    QUrl url = m_fixture->http().url(QStringLiteral("/contacts"));
    url.setQuery(QStringLiteral("search=plus+minus"), QUrl::StrictMode);
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setRawHeader("X-Api-Key", m_fixture->apiKey().toUtf8());
    QNetworkReply *reply = manager.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    const QJsonArray rows = QJsonDocument::fromJson(reply->readAll())
                                .object()
                                .value(QStringLiteral("data"))
                                .toArray();
    delete reply;
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toInteger(), id);
    // A literal plus is %2B.
    const TestReply phone = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("search"), QStringLiteral("%2B1999555") } });
    QCOMPARE(phone.dataArray().size(), 1);
}

void TestSandboxContactsQuery::filtersByTagChannelAndBlacklist()
{
    const qint64 tagged
        = createContact({ { QStringLiteral("name"), QStringLiteral("Tagged Telegram") },
            { QStringLiteral("email"), QStringLiteral("tt@example.com") },
            { QStringLiteral("channel"), QStringLiteral("telegram") },
            { QStringLiteral("tags"),
                QJsonArray { QStringLiteral("rare-tag"), QStringLiteral("b") } } });
    QVERIFY(tagged > 0);
    const TestReply byTag = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("tag"), QStringLiteral("rare-tag") } });
    QCOMPARE(byTag.dataArray().size(), 1);
    QCOMPARE(byTag.dataArray().first().toObject().value(QStringLiteral("id")).toInteger(), tagged);

    const TestReply byChannel = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("channel"), QStringLiteral("telegram") } });
    QVERIFY(byChannel.dataArray().size() >= 1);
    for (const QJsonValue &row : byChannel.dataArray())
        QCOMPARE(
            row.toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("telegram"));

    QCOMPARE(
        m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(tagged)).status, 200);
    const TestReply black = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("is_blacklisted"), QStringLiteral("true") } });
    QVERIFY(black.dataArray().size() >= 1);
    for (const QJsonValue &row : black.dataArray())
        QCOMPARE(row.toObject().value(QStringLiteral("is_blacklisted")).toBool(), true);
    const TestReply white = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("is_blacklisted"), QStringLiteral("false") },
            { QStringLiteral("per_page"), QStringLiteral("100") } });
    for (const QJsonValue &row : white.dataArray())
        QCOMPARE(row.toObject().value(QStringLiteral("is_blacklisted")).toBool(), false);
    QCOMPARE(
        m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(tagged)).status, 200);
}

void TestSandboxContactsQuery::invalidFilterValuesAre422()
{
    QCOMPARE(m_fixture->http()
                 .get(QStringLiteral("/contacts"),
                     QUrlQuery { { QStringLiteral("channel"), QStringLiteral("fax") } })
                 .status,
        422);
    QCOMPARE(m_fixture->http()
                 .get(QStringLiteral("/contacts"),
                     QUrlQuery { { QStringLiteral("is_blacklisted"), QStringLiteral("maybe") } })
                 .status,
        422);
    const TestReply sort = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("sort"), QStringLiteral("name;DROP") } });
    QCOMPARE(sort.status, 422);
    QVERIFY(sort.errors().contains(QStringLiteral("sort")));
}

void TestSandboxContactsQuery::sortByName()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("sort"), QStringLiteral("name") },
            { QStringLiteral("per_page"), QStringLiteral("100") } });
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = reply.dataArray();
    QVERIFY(rows.size() > 3);
    for (int i = 1; i < rows.size(); ++i) {
        const QString a = rows.at(i - 1).toObject().value(QStringLiteral("name")).toString();
        const QString b = rows.at(i).toObject().value(QStringLiteral("name")).toString();
        // SQLite's NOCASE folds ASCII only; compare the same way.
        QVERIFY2(a.toLower().compare(b.toLower()) <= 0 || !a.front().isLetter()
                || a.front().unicode() > 127,
            qPrintable(a + QStringLiteral(" > ") + b));
    }
    const TestReply newest = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("sort"), QStringLiteral("-created_at") } });
    QCOMPARE(newest.status, 200);
    const QJsonArray n = newest.dataArray();
    // Same pinned created_at for all: the newest id comes first.
    QVERIFY(n.at(0).toObject().value(QStringLiteral("id")).toInteger()
        > n.at(1).toObject().value(QStringLiteral("id")).toInteger());
}

void TestSandboxContactsQuery::pagingMetaAndClamping_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("perPage");
    QTest::addColumn<int>("expectedPage");
    QTest::addColumn<int>("expectedPerPage");
    QTest::newRow("defaults") << QString() << QString() << 1 << 15;
    QTest::newRow("page 2 of 5") << QStringLiteral("2") << QStringLiteral("5") << 2 << 5;
    QTest::newRow("negative page") << QStringLiteral("-3") << QStringLiteral("5") << 1 << 5;
    QTest::newRow("zero per_page") << QStringLiteral("1") << QStringLiteral("0") << 1 << 1;
    QTest::newRow("huge per_page") << QStringLiteral("1") << QStringLiteral("1000000") << 1 << 100;
    QTest::newRow("non-numeric") << QStringLiteral("abc") << QStringLiteral("x1") << 1 << 15;
    QTest::newRow("huge page") << QStringLiteral("999999999999999999999") << QStringLiteral("10")
                               << 10000000 << 10;
}

void TestSandboxContactsQuery::pagingMetaAndClamping()
{
    QFETCH(QString, page);
    QFETCH(QString, perPage);
    QFETCH(int, expectedPage);
    QFETCH(int, expectedPerPage);
    QUrlQuery query;
    if (!page.isNull())
        query.addQueryItem(QStringLiteral("page"), page);
    if (!perPage.isNull())
        query.addQueryItem(QStringLiteral("per_page"), perPage);
    const TestReply reply = m_fixture->http().get(QStringLiteral("/contacts"), query);
    QCOMPARE(reply.status, 200);
    const QJsonObject meta = reply.meta();
    QCOMPARE(meta.value(QStringLiteral("current_page")).toInt(), expectedPage);
    QCOMPARE(meta.value(QStringLiteral("per_page")).toInt(), expectedPerPage);
    const int total = meta.value(QStringLiteral("total")).toInt();
    QVERIFY(total > 5);
    QCOMPARE(meta.value(QStringLiteral("last_page")).toInt(),
        (total + expectedPerPage - 1) / expectedPerPage);
    const int expectedRows
        = std::max(0, std::min(expectedPerPage, total - (expectedPage - 1) * expectedPerPage));
    QCOMPARE(reply.dataArray().size(), expectedRows);
}

QTEST_GUILESS_MAIN(TestSandboxContactsQuery)
#include "tst_sandbox_contacts_query.moc"
