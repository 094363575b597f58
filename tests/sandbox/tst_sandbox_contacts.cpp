// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The eight contact endpoints over real HTTP: create, get, update, delete, blacklist and
// notes, with every error status and bad input. Listing and search: tst_sandbox_contacts_query.
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
    const TestReply reply = m_fixture->http().post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("Sarah Johnson") },
            { QStringLiteral("phone"), QStringLiteral("+971501234567") },
            { QStringLiteral("email"), QStringLiteral("sarah@example.com") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("vip") } },
            { QStringLiteral("custom_fields"),
                QJsonObject { { QStringLiteral("company"), QStringLiteral("Acme") } } } });
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(), true);
    const QJsonObject c = reply.dataObject();
    QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Sarah Johnson"));
    QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(c.value(QStringLiteral("tags")).toArray(), QJsonArray { QStringLiteral("vip") });
    QCOMPARE(c.value(QStringLiteral("is_blacklisted")).toBool(true), false);
    QCOMPARE(c.value(QStringLiteral("custom_fields"))
                 .toObject()
                 .value(QStringLiteral("company"))
                 .toString(),
        QStringLiteral("Acme"));
    QVERIFY(c.value(QStringLiteral("avatar_url")).isNull());
    QVERIFY(c.value(QStringLiteral("last_message_at")).isNull());
    QCOMPARE(c.value(QStringLiteral("created_at")).toString(),
        QStringLiteral("2026-03-04T09:00:00.000000Z"));

    const TestReply got = m_fixture->http().get(
        QStringLiteral("/contacts/%1").arg(c.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.dataObject(), c);
}

void TestSandboxContacts::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringList { QStringLiteral("name"), QStringLiteral("phone"),
                                         QStringLiteral("email") };
    QTest::newRow("array body") << QByteArray("[1,2]") << QStringList { QStringLiteral("name") };
    QTest::newRow("name wrong type") << QByteArray(R"({"name": 12, "phone": "+971501234567"})")
                                     << QStringList { QStringLiteral("name") };
    QTest::newRow("blank name") << QByteArray(R"({"name": "  ", "phone": "+971501234567"})")
                                << QStringList { QStringLiteral("name") };
    QTest::newRow("phone not E.164") << QByteArray(R"({"name": "A", "phone": "0501234567"})")
                                     << QStringList { QStringLiteral("phone") };
    QTest::newRow("bad email") << QByteArray(R"({"name": "A", "email": "not-an-email"})")
                               << QStringList { QStringLiteral("email") };
    QTest::newRow("bad channel") << QByteArray(
        R"({"name": "A", "email": "a@b.co", "channel": "fax"})")
                                 << QStringList { QStringLiteral("channel") };
    QTest::newRow("tags not array")
        << QByteArray(R"({"name": "A", "email": "a@b.co", "tags": "vip"})")
        << QStringList { QStringLiteral("tags") };
    QTest::newRow("tags not strings")
        << QByteArray(R"({"name": "A", "email": "a@b.co", "tags": [1]})")
        << QStringList { QStringLiteral("tags") };
    QTest::newRow("custom_fields not object")
        << QByteArray(R"({"name": "A", "email": "a@b.co", "custom_fields": []})")
        << QStringList { QStringLiteral("custom_fields") };
    QTest::newRow("name too long") << (QByteArray(R"({"name": ")") + QByteArray(256, 'x')
        + QByteArray(R"(", "email": "a@b.co"})"))
                                   << QStringList { QStringLiteral("name") };
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
        QVERIFY2(errors.contains(field),
            qPrintable(field + QStringLiteral(" missing in ") + QString::fromUtf8(reply.body)));
        QVERIFY(!errors.value(field).toArray().first().toString().isEmpty());
    }
}

void TestSandboxContacts::createIgnoresUnknownFields()
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("Unknown Fields") },
            { QStringLiteral("email"), QStringLiteral("uf@example.com") },
            { QStringLiteral("favourite_colour"), QStringLiteral("teal") },
            { QStringLiteral("id"), 999999 } });
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
    QCOMPARE(
        m_fixture->http().put(path, { { QStringLiteral("name"), QStringLiteral("x") } }).status,
        404);
    QCOMPARE(m_fixture->http().del(path).status, 404);
    QCOMPARE(m_fixture->http().post(path + QStringLiteral("/blacklist")).status, 404);
    QCOMPARE(m_fixture->http().get(path + QStringLiteral("/notes")).status, 404);
    QCOMPARE(m_fixture->http()
                 .post(path + QStringLiteral("/notes"),
                     { { QStringLiteral("content"), QStringLiteral("x") } })
                 .status,
        404);
}

void TestSandboxContacts::updateChangesOnlyGivenFields()
{
    const qint64 id = createContact({ { QStringLiteral("name"), QStringLiteral("Before") },
        { QStringLiteral("email"), QStringLiteral("before@example.com") },
        { QStringLiteral("tags"), QJsonArray { QStringLiteral("x") } } });
    const TestReply reply = m_fixture->http().put(QStringLiteral("/contacts/%1").arg(id),
        { { QStringLiteral("name"), QStringLiteral("After") },
            { QStringLiteral("phone"), QStringLiteral("+447700900123") },
            { QStringLiteral("channel"), QStringLiteral("sms") },
            { QStringLiteral("unknown"), true } });
    QCOMPARE(reply.status, 200);
    const QJsonObject c = reply.dataObject();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("After"));
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("+447700900123"));
    QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("before@example.com"));
    QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(c.value(QStringLiteral("tags")).toArray(), QJsonArray { QStringLiteral("x") });
    // Clearing email is fine while a phone remains.
    const TestReply cleared = m_fixture->http().put(
        QStringLiteral("/contacts/%1").arg(id), { { QStringLiteral("email"), QJsonValue() } });
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.dataObject().value(QStringLiteral("email")).isNull());
    // The search index follows the rename.
    const TestReply found = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("search"), QStringLiteral("+447700900123") } });
    QCOMPARE(found.dataArray().size(), 1);
}

void TestSandboxContacts::updateValidationAndMissingContact()
{
    const qint64 id = createContact({ { QStringLiteral("name"), QStringLiteral("Validate Me") },
        { QStringLiteral("email"), QStringLiteral("vm@example.com") } });
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/contacts/%1").arg(id),
                     { { QStringLiteral("email"), QStringLiteral("nope") } })
                 .status,
        422);
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/contacts/%1").arg(id),
                     { { QStringLiteral("name"), QJsonValue() } })
                 .status,
        422);
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/contacts/%1").arg(id), { { QStringLiteral("name"), 5 } })
                 .status,
        422);
    const TestReply orphan = m_fixture->http().put(
        QStringLiteral("/contacts/%1").arg(id), { { QStringLiteral("email"), QJsonValue() } });
    QCOMPARE(orphan.status, 422);
    QVERIFY(orphan.errors().contains(QStringLiteral("email")));
    QCOMPARE(m_fixture->http()
                 .send("PUT", QStringLiteral("/contacts/%1").arg(id), "{\"name\": \"x\"")
                 .status,
        400);
    QCOMPARE(m_fixture->http()
                 .get(QStringLiteral("/contacts/%1").arg(id))
                 .dataObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("Validate Me"));
}

void TestSandboxContacts::blacklistToggles()
{
    const qint64 id = createContact({ { QStringLiteral("name"), QStringLiteral("Toggle") },
        { QStringLiteral("email"), QStringLiteral("toggle@example.com") } });
    const TestReply on = m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(id));
    QCOMPARE(on.status, 200);
    QCOMPARE(on.dataObject(),
        (QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("is_blacklisted"), true } }));
    const TestReply off = m_fixture->http().post(QStringLiteral("/contacts/%1/blacklist").arg(id));
    QCOMPARE(off.dataObject().value(QStringLiteral("is_blacklisted")).toBool(true), false);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/%1/blacklist").arg(id)).status, 405);
}

void TestSandboxContacts::deleteRemovesTheContact()
{
    const qint64 id = createContact({ { QStringLiteral("name"), QStringLiteral("Delete Me") },
        { QStringLiteral("email"), QStringLiteral("dm@example.com") } });
    QCOMPARE(m_fixture->http()
                 .post(QStringLiteral("/contacts/%1/notes").arg(id),
                     { { QStringLiteral("content"), QStringLiteral("bye") } })
                 .status,
        201);
    const TestReply reply = m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/%1").arg(id)).status, 404);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/contacts/%1").arg(id)).status, 404);
    const TestReply search = m_fixture->http().get(QStringLiteral("/contacts"),
        QUrlQuery { { QStringLiteral("search"), QStringLiteral("Delete Me") } });
    QCOMPARE(search.dataArray().size(), 0);
}

void TestSandboxContacts::notesNewestFirstAndValidation()
{
    const qint64 id = createContact({ { QStringLiteral("name"), QStringLiteral("Noted") },
        { QStringLiteral("email"), QStringLiteral("noted@example.com") } });
    const TestReply first = m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id),
        { { QStringLiteral("content"), QStringLiteral("Prefers mornings") } });
    QCOMPARE(first.status, 201);
    QCOMPARE(first.dataObject().value(QStringLiteral("contact_id")).toInteger(), id);
    QVERIFY(first.dataObject().value(QStringLiteral("author")).isNull());
    const TestReply second = m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id),
        { { QStringLiteral("content"), QStringLiteral("يفضل الصباح ☀️") },
            { QStringLiteral("author_id"), 1 } });
    QCOMPARE(second.status, 201);
    QCOMPARE(second.dataObject()
                 .value(QStringLiteral("author"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
        1);
    QCOMPARE(second.dataObject()
                 .value(QStringLiteral("author"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("Mona Saeed"));

    const TestReply list = m_fixture->http().get(QStringLiteral("/contacts/%1/notes").arg(id));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.dataArray().size(), 2);
    QCOMPARE(list.dataArray().at(0).toObject().value(QStringLiteral("content")).toString(),
        QStringLiteral("يفضل الصباح ☀️"));
    QCOMPARE(list.meta().value(QStringLiteral("total")).toInt(), 2);

    QCOMPARE(m_fixture->http().post(QStringLiteral("/contacts/%1/notes").arg(id), {}).status, 422);
    QCOMPARE(m_fixture->http()
                 .post(QStringLiteral("/contacts/%1/notes").arg(id),
                     { { QStringLiteral("content"), 3 } })
                 .status,
        422);
    QCOMPARE(m_fixture->http()
                 .post(QStringLiteral("/contacts/%1/notes").arg(id),
                     { { QStringLiteral("content"), QStringLiteral("x") },
                         { QStringLiteral("author_id"), 999 } })
                 .status,
        422);
}

QTEST_GUILESS_MAIN(TestSandboxContacts)
#include "tst_sandbox_contacts.moc"
