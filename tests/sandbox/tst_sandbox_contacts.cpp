// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The eight contact endpoints over real HTTP: happy paths, every error status, filters,
// search (quotes, SQL and LIKE metacharacters, Arabic, emoji), sort and paging.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createReturns201WithTheContact();
    void createValidation_data();
    void createValidation();
    void createIgnoresUnknownFields();
    void getUnknownOrBadIdIs404_data();
    void getUnknownOrBadIdIs404();
    void unicodeRoundTripsAndIsFound_data();
    void unicodeRoundTripsAndIsFound();
    void searchIsCaseInsensitiveSubstring();
    void filtersByTagChannelAndBlacklist();
    void invalidFilterValuesAre422();
    void sortByName();
    void pagingMetaAndClamping_data();
    void pagingMetaAndClamping();
    void updateChangesOnlyGivenFields();
    void updateValidationAndMissingContact();
    void blacklistToggles();
    void deleteRemovesTheContact();
    void notesNewestFirstAndValidation();

private:
    qint64 createContact(const QJsonObject &body);
    std::unique_ptr<SandboxFixture> m_fixture;
};

qint64 TestSandboxContacts::createContact(const QJsonObject &body)
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/contacts"), body);
    if (reply.status != 201)
        qWarning() << "create failed" << reply.status << reply.body;
    return reply.dataObject().value(QStringLiteral("id")).toInteger();
}

void TestSandboxContacts::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
}

void TestSandboxContacts::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSandboxContacts::createReturns201WithTheContact()
{
    const TestReply reply = m_fixture->http().post(
        QStringLiteral("/contacts"),
        {{QStringLiteral("name"), QStringLiteral("Sarah Johnson")},
         {QStringLiteral("phone"), QStringLiteral("+971501234567")},
         {QStringLiteral("email"), QStringLiteral("sarah@example.com")},
         {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")}},
         {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("company"), QStringLiteral("Acme")}}}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(), true);
    const QJsonObject c = reply.dataObject();
    QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Sarah Johnson"));
    QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(c.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("vip")});
    QCOMPARE(c.value(QStringLiteral("is_blacklisted")).toBool(true), false);
    QCOMPARE(c.value(QStringLiteral("custom_fields")).toObject().value(QStringLiteral("company")).toString(),
             QStringLiteral("Acme"));
    QVERIFY(c.value(QStringLiteral("avatar_url")).isNull());
    QVERIFY(c.value(QStringLiteral("last_message_at")).isNull());
    QCOMPARE(c.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-03-04T09:00:00.000000Z"));

    const TestReply got = m_fixture->http().get(QStringLiteral("/contacts/%1").arg(c.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.dataObject(), c);
}

void TestSandboxContacts::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty object") << QByteArray("{}") << QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email")};
    QTest::newRow("array body") << QByteArray("[1,2]") << QStringList{QStringLiteral("name")};
    QTest::newRow("name wrong type") << QByteArray(R"({"name": 12, "phone": "+971501234567"})") << QStringList{QStringLiteral("name")};
    QTest::newRow("blank name") << QByteArray(R"({"name": "  ", "phone": "+971501234567"})") << QStringList{QStringLiteral("name")};
    QTest::newRow("phone not E.164") << QByteArray(R"({"name": "A", "phone": "0501234567"})") << QStringList{QStringLiteral("phone")};
    QTest::newRow("bad email") << QByteArray(R"({"name": "A", "email": "not-an-email"})") << QStringList{QStringLiteral("email")};
    QTest::newRow("bad channel") << QByteArray(R"({"name": "A", "email": "a@b.co", "channel": "fax"})") << QStringList{QStringLiteral("channel")};
    QTest::newRow("tags not array") << QByteArray(R"({"name": "A", "email": "a@b.co", "tags": "vip"})") << QStringList{QStringLiteral("tags")};
    QTest::newRow("tags not strings") << QByteArray(R"({"name": "A", "email": "a@b.co", "tags": [1]})") << QStringList{QStringLiteral("tags")};
    QTest::newRow("custom_fields not object") << QByteArray(R"({"name": "A", "email": "a@b.co", "custom_fields": []})") << QStringList{QStringLiteral("custom_fields")};
    QTest::newRow("name too long") << (QByteArray(R"({"name": ")") + QByteArray(256, 'x') + QByteArray(R"(", "email": "a@b.co"})")) << QStringList{QStringLiteral("name")};
}

void TestSandboxContacts::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    const TestReply reply = m_fixture->http().send("POST", QStringLiteral("/contacts"), body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(reply.message(), QStringLiteral("The given data was invalid."));
    const QJsonObject errors = reply.errors();
    for (const QString &field : fields) {
        QVERIFY2(errors.contains(field), qPrintable(field + QStringLiteral(" missing in ") + QString::fromUtf8(reply.body)));
        QVERIFY(!errors.value(field).toArray().first().toString().isEmpty());
    }
}

void TestSandboxContacts::createIgnoresUnknownFields()
{
    const TestReply reply = m_fixture->http().post(
        QStringLiteral("/contacts"), {{QStringLiteral("name"), QStringLiteral("Unknown Fields")},
                                      {QStringLiteral("email"), QStringLiteral("uf@example.com")},
                                      {QStringLiteral("favourite_colour"), QStringLiteral("teal")},
                                      {QStringLiteral("id"), 999999}});
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.dataObject().contains(QStringLiteral("favourite_colour")));
    QVERIFY(reply.dataObject().value(QStringLiteral("id")).toInteger() != 999999);
}

void TestSandboxContacts::getUnknownOrBadIdIs404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown") << QStringLiteral("/contacts/987654");
    QTest::newRow("zero") << QStringLiteral("/contacts/0");
    QTest::newRow("negative") << QStringLiteral("/contacts/-4");
    QTest::newRow("text") << QStringLiteral("/contacts/abc");
    QTest::newRow("injection") << QStringLiteral("/contacts/1%20OR%201=1");
    QTest::newRow("huge") << QStringLiteral("/contacts/99999999999999999999999");
}

void TestSandboxContacts::getUnknownOrBadIdIs404()
{
    QFETCH(QString, path);
    const TestReply reply = m_fixture->http().get(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(m_fixture->http().put(path, {{QStringLiteral("name"), QStringLiteral("x")}}).status, 404);
    QCOMPARE(m_fixture->http().del(path).status, 404);
    QCOMPARE(m_fixture->http().post(path + QStringLiteral("/blacklist")).status, 404);
    QCOMPARE(m_fixture->http().get(path + QStringLiteral("/notes")).status, 404);
    QCOMPARE(m_fixture->http().post(path + QStringLiteral("/notes"), {{QStringLiteral("content"), QStringLiteral("x")}}).status, 404);
}

void TestSandboxContacts::unicodeRoundTripsAndIsFound_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("search");
    QTest::newRow("arabic") << QStringLiteral("سارة الهاشمي") << QStringLiteral("الهاشمي");
    QTest::newRow("arabic short") << QStringLiteral("لمى") << QStringLiteral("لم");
    QTest::newRow("emoji") << QStringLiteral("Party 🎉 Planner 👩🏽‍💻") << QStringLiteral("🎉");
    QTest::newRow("emoji long") << QStringLiteral("Rocket 🚀🚀🚀 Co") << QStringLiteral("🚀🚀🚀");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"The Boss\"") << QStringLiteral("n \"the");
    QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE contacts;--") << QStringLiteral("'); DROP");
    QTest::newRow("like percent") << QStringLiteral("100% Juice") << QStringLiteral("0%");
    QTest::newRow("like underscore") << QStringLiteral("snake_case Ltd") << QStringLiteral("e_c");
    QTest::newRow("fts syntax") << QStringLiteral("Star* OR NOT (x) NEAR") << QStringLiteral("* OR NOT (");
    QTest::newRow("backslash") << QStringLiteral("Back\\slash") << QStringLiteral("k\\s");
}

void TestSandboxContacts::unicodeRoundTripsAndIsFound()
{
    QFETCH(QString, name);
    QFETCH(QString, search);
    const qint64 id = createContact({{QStringLiteral("name"), name},
                                     {QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' ')))}});
    QVERIFY(id > 0);
    const TestReply got = m_fixture->http().get(QStringLiteral("/contacts/%1").arg(id));
    QCOMPARE(got.dataObject().value(QStringLiteral("name")).toString(), name);

    const TestReply found = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(search))}});
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
                                  + c.value(QStringLiteral("email")).toString()).toLower();
        QVERIFY2(haystack.contains(search.toLower()), qPrintable(haystack));
    }
    // The table survived the SQL-looking input.
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts")).status, 200);
}

void TestSandboxContacts::searchIsCaseInsensitiveSubstring()
{
    const qint64 id = createContact({{QStringLiteral("name"), QStringLiteral("Zebulon Quartermaine")},
                                     {QStringLiteral("phone"), QStringLiteral("+15551239876")}});
    const QStringList terms = {QStringLiteral("ZEBUL"), QStringLiteral("termai"), QStringLiteral("zE"),
                               QStringLiteral("5551239"), QStringLiteral("+1555")};
    for (const QString &term : terms) {
        const TestReply reply = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(term))}});
        QCOMPARE(reply.status, 200);
        bool present = false;
        for (const QJsonValue &row : reply.dataArray())
            present = present || row.toObject().value(QStringLiteral("id")).toInteger() == id;
        QVERIFY2(present, qPrintable(term));
    }
    const TestReply none = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("search"), QStringLiteral("qqqzzzxxx")}});
    QCOMPARE(none.status, 200);
    QCOMPARE(none.dataArray().size(), 0);
    QCOMPARE(none.meta().value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(none.meta().value(QStringLiteral("last_page")).toInt(), 1);
}

void TestSandboxContacts::filtersByTagChannelAndBlacklist()
{
    const qint64 tagged = createContact({{QStringLiteral("name"), QStringLiteral("Tagged Telegram")},
                                         {QStringLiteral("email"), QStringLiteral("tt@example.com")},
                                         {QStringLiteral("channel"), QStringLiteral("telegram")},
                                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("rare-tag"), QStringLiteral("b")}}});
    QVERIFY(tagged > 0);
    const TestReply byTag = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("tag"), QStringLiteral("rare-tag")}});
    QCOMPARE(byTag.dataArray().size(), 1);
    QCOMPARE(byTag.dataArray().first().toObject().value(QStringLiteral("id")).toInteger(), tagged);

    const TestReply byChannel = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("channel"), QStringLiteral("telegram")}});
    QVERIFY(byChannel.dataArray().size() >= 1);
    for (const QJsonValue &row : byChannel.dataArray())
        QCOMPARE(row.toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("telegram"));

    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(tagged)).status, 200);
    const TestReply black = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("is_blacklisted"), QStringLiteral("true")}});
    QVERIFY(black.dataArray().size() >= 1);
    for (const QJsonValue &row : black.dataArray())
        QCOMPARE(row.toObject().value(QStringLiteral("is_blacklisted")).toBool(), true);
    const TestReply white = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("is_blacklisted"), QStringLiteral("false")}, {QStringLiteral("per_page"), QStringLiteral("100")}});
    for (const QJsonValue &row : white.dataArray())
        QCOMPARE(row.toObject().value(QStringLiteral("is_blacklisted")).toBool(), false);
    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(tagged)).status, 200);
}

void TestSandboxContacts::invalidFilterValuesAre422()
{
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("channel"), QStringLiteral("fax")}}).status, 422);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("is_blacklisted"), QStringLiteral("maybe")}}).status, 422);
    const TestReply sort = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("sort"), QStringLiteral("name;DROP")}});
    QCOMPARE(sort.status, 422);
    QVERIFY(sort.errors().contains(QStringLiteral("sort")));
}

void TestSandboxContacts::sortByName()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("sort"), QStringLiteral("name")}, {QStringLiteral("per_page"), QStringLiteral("100")}});
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = reply.dataArray();
    QVERIFY(rows.size() > 3);
    for (int i = 1; i < rows.size(); ++i) {
        const QString a = rows.at(i - 1).toObject().value(QStringLiteral("name")).toString();
        const QString b = rows.at(i).toObject().value(QStringLiteral("name")).toString();
        // SQLite's NOCASE folds ASCII only; compare the same way.
        QVERIFY2(a.toLower().compare(b.toLower()) <= 0 || !a.front().isLetter() || a.front().unicode() > 127,
                 qPrintable(a + QStringLiteral(" > ") + b));
    }
    const TestReply newest = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("sort"), QStringLiteral("-created_at")}});
    QCOMPARE(newest.status, 200);
    const QJsonArray n = newest.dataArray();
    // Same pinned created_at for all: the newest id comes first.
    QVERIFY(n.at(0).toObject().value(QStringLiteral("id")).toInteger() > n.at(1).toObject().value(QStringLiteral("id")).toInteger());
}

void TestSandboxContacts::pagingMetaAndClamping_data()
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
    QTest::newRow("huge page") << QStringLiteral("999999999999999999999") << QStringLiteral("10") << 10000000 << 10;
}

void TestSandboxContacts::pagingMetaAndClamping()
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
    QCOMPARE(meta.value(QStringLiteral("last_page")).toInt(), (total + expectedPerPage - 1) / expectedPerPage);
    const int expectedRows = std::max(0, std::min(expectedPerPage, total - (expectedPage - 1) * expectedPerPage));
    QCOMPARE(reply.dataArray().size(), expectedRows);
}

void TestSandboxContacts::updateChangesOnlyGivenFields()
{
    const qint64 id = createContact({{QStringLiteral("name"), QStringLiteral("Before")},
                                     {QStringLiteral("email"), QStringLiteral("before@example.com")},
                                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("x")}}});
    const TestReply reply = m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id),
                                                  {{QStringLiteral("name"), QStringLiteral("After")},
                                                   {QStringLiteral("phone"), QStringLiteral("+447700900123")},
                                                   {QStringLiteral("channel"), QStringLiteral("sms")},
                                                   {QStringLiteral("unknown"), true}});
    QCOMPARE(reply.status, 200);
    const QJsonObject c = reply.dataObject();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("After"));
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("+447700900123"));
    QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("before@example.com"));
    QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(c.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("x")});
    // Clearing email is fine while a phone remains.
    const TestReply cleared = m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("email"), QJsonValue()}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.dataObject().value(QStringLiteral("email")).isNull());
    // The search index follows the rename.
    const TestReply found = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("search"), QStringLiteral("+447700900123")}});
    QCOMPARE(found.dataArray().size(), 1);
}

void TestSandboxContacts::updateValidationAndMissingContact()
{
    const qint64 id = createContact({{QStringLiteral("name"), QStringLiteral("Validate Me")},
                                     {QStringLiteral("email"), QStringLiteral("vm@example.com")}});
    QCOMPARE(m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("email"), QStringLiteral("nope")}}).status, 422);
    QCOMPARE(m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("name"), QJsonValue()}}).status, 422);
    QCOMPARE(m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("name"), 5}}).status, 422);
    const TestReply orphan = m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("email"), QJsonValue()}});
    QCOMPARE(orphan.status, 422);
    QVERIFY(orphan.errors().contains(QStringLiteral("email")));
    QCOMPARE(m_fixture->http().send("PUT", QStringLiteral("/contacts/%1").arg(id), "{\"name\": \"x\"").status, 400);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/%1").arg(id)).dataObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Validate Me"));
}

void TestSandboxContacts::blacklistToggles()
{
    const qint64 id = createContact({{QStringLiteral("name"), QStringLiteral("Toggle")},
                                     {QStringLiteral("email"), QStringLiteral("toggle@example.com")}});
    const TestReply on = m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(id));
    QCOMPARE(on.status, 200);
    QCOMPARE(on.dataObject(), (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("is_blacklisted"), true}}));
    const TestReply off = m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(id));
    QCOMPARE(off.dataObject().value(QStringLiteral("is_blacklisted")).toBool(true), false);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/%1/blacklist").arg(id)).status, 405);
}

void TestSandboxContacts::deleteRemovesTheContact()
{
    const qint64 id = createContact({{QStringLiteral("name"), QStringLiteral("Delete Me")},
                                     {QStringLiteral("email"), QStringLiteral("dm@example.com")}});
    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id), {{QStringLiteral("content"), QStringLiteral("bye")}}).status, 201);
    const TestReply reply = m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/%1").arg(id)).status, 404);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id)).status, 404);
    const TestReply search = m_fixture->http().get(QStringLiteral("/contacts"), QUrlQuery{{QStringLiteral("search"), QStringLiteral("Delete Me")}});
    QCOMPARE(search.dataArray().size(), 0);
}

void TestSandboxContacts::notesNewestFirstAndValidation()
{
    const qint64 id = createContact({{QStringLiteral("name"), QStringLiteral("Noted")},
                                     {QStringLiteral("email"), QStringLiteral("noted@example.com")}});
    const TestReply first = m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id), {{QStringLiteral("content"), QStringLiteral("Prefers mornings")}});
    QCOMPARE(first.status, 201);
    QCOMPARE(first.dataObject().value(QStringLiteral("contact_id")).toInteger(), id);
    QVERIFY(first.dataObject().value(QStringLiteral("author")).isNull());
    const TestReply second = m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id),
                                                    {{QStringLiteral("content"), QStringLiteral("يفضل الصباح ☀️")}, {QStringLiteral("author_id"), 1}});
    QCOMPARE(second.status, 201);
    QCOMPARE(second.dataObject().value(QStringLiteral("author")).toObject().value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(second.dataObject().value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Mona Saeed"));

    const TestReply list = m_fixture->http().get(QStringLiteral("/contacts/%1/notes").arg(id));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.dataArray().size(), 2);
    QCOMPARE(list.dataArray().at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("يفضل الصباح ☀️"));
    QCOMPARE(list.meta().value(QStringLiteral("total")).toInt(), 2);

    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id), {}).status, 422);
    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id), {{QStringLiteral("content"), 3}}).status, 422);
    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id), {{QStringLiteral("content"), QStringLiteral("x")}, {QStringLiteral("author_id"), 999}}).status, 422);
}

QTEST_GUILESS_MAIN(TestSandboxContacts)
#include "tst_sandbox_contacts.moc"
