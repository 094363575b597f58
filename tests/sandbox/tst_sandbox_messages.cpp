// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Conversations, a contact's messages and POST /messages/send, on contacts the test creates
// (so it does not depend on the demo data), with the developer surface providing inbound
// messages and raising unread counts.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void conversationsMostRecentFirst();
    void inboundRaisesUnreadAndReadingClearsIt();
    void conversationFilters();
    void messagesNewestFirstWithShape();
    void messagesOfUnknownContactIs404();
    void sendTextReturns201();
    void sendMediaNeedsMediaUrl();
    void sendValidation_data();
    void sendValidation();
    void sendToBlacklistedContactIs422();
    void sendOnDisconnectedChannelIs422();
    void arabicAndEmojiRoundTrip();

private:
    QJsonObject conversationOf(qint64 contactId);
    std::unique_ptr<SandboxFixture> m_fixture;
    qint64 m_sarah = 0;
};

void TestSandboxMessages::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    TestHttp &http = m_fixture->http();
    const TestReply sarah = http.post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("Sarah Johnson") },
            { QStringLiteral("phone"), QStringLiteral("+971501234567") },
            { QStringLiteral("email"), QStringLiteral("sarah@example.com") } });
    QCOMPARE(sarah.status, 201);
    m_sarah = sarah.dataObject().value(QStringLiteral("id")).toInteger();
    const TestReply ahmed = http.post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("أحمد الراشد") },
            { QStringLiteral("phone"), QStringLiteral("+971502345678") },
            { QStringLiteral("channel"), QStringLiteral("sms") } });
    QCOMPARE(ahmed.status, 201);
    const qint64 ahmedId = ahmed.dataObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(http.post(QStringLiteral("/messages/send"),
                     { { QStringLiteral("contact_id"), m_sarah },
                         { QStringLiteral("content"), QStringLiteral("Hello Sarah") } })
                 .status,
        201);
    QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(m_sarah),
                     { { QStringLiteral("content"), QStringLiteral("Thanks!") } })
                 .status,
        201);
    QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(ahmedId),
                     { { QStringLiteral("content"), QStringLiteral("مرحبا") } })
                 .status,
        201);
}

void TestSandboxMessages::cleanupTestCase()
{
    m_fixture.reset();
}

QJsonObject TestSandboxMessages::conversationOf(qint64 contactId)
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/conversations"),
        QUrlQuery { { QStringLiteral("per_page"), QStringLiteral("100") } });
    for (const QJsonValue &row : reply.dataArray()) {
        if (row.toObject()
                .value(QStringLiteral("contact"))
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger()
            == contactId)
            return row.toObject();
    }
    return {};
}

void TestSandboxMessages::conversationsMostRecentFirst()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/conversations"));
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = reply.dataArray();
    QVERIFY(rows.size() >= 2);
    QVERIFY(reply.meta().contains(QStringLiteral("total")));
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1).toObject().value(QStringLiteral("updated_at")).toString()
            >= rows.at(i).toObject().value(QStringLiteral("updated_at")).toString());
    }
    const QJsonObject sarah = conversationOf(m_sarah);
    QVERIFY(!sarah.isEmpty());
    QVERIFY(sarah.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(
        sarah.value(QStringLiteral("contact")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Sarah Johnson"));
    QCOMPARE(
        sarah.value(QStringLiteral("contact")).toObject().value(QStringLiteral("phone")).toString(),
        QStringLiteral("+971501234567"));
    QVERIFY(
        sarah.value(QStringLiteral("contact")).toObject().contains(QStringLiteral("avatar_url")));
    QCOMPARE(sarah.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    const QJsonObject last = sarah.value(QStringLiteral("last_message")).toObject();
    for (const char *key : { "id", "content", "direction", "type", "created_at" })
        QVERIFY2(last.contains(QLatin1String(key)), key);
    QVERIFY(sarah.contains(QStringLiteral("unread_count")));
}

void TestSandboxMessages::inboundRaisesUnreadAndReadingClearsIt()
{
    m_fixture->http().get(QStringLiteral("/contacts/%1/messages").arg(m_sarah));
    QCOMPARE(conversationOf(m_sarah).value(QStringLiteral("unread_count")).toInt(-1), 0);
    const TestReply in1
        = m_fixture->http().post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(m_sarah),
            { { QStringLiteral("content"), QStringLiteral("Are you open?") } });
    QCOMPARE(in1.status, 201);
    QCOMPARE(
        in1.dataObject().value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
    m_fixture->http().post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(m_sarah), {});
    const QJsonObject conversation = conversationOf(m_sarah);
    QCOMPARE(conversation.value(QStringLiteral("unread_count")).toInt(), 2);
    QCOMPARE(conversation.value(QStringLiteral("last_message"))
                 .toObject()
                 .value(QStringLiteral("direction"))
                 .toString(),
        QStringLiteral("inbound"));

    const TestReply unread = m_fixture->http().get(QStringLiteral("/conversations"),
        QUrlQuery { { QStringLiteral("unread"), QStringLiteral("true") } });
    bool listed = false;
    for (const QJsonValue &row : unread.dataArray()) {
        QVERIFY(row.toObject().value(QStringLiteral("unread_count")).toInt() > 0);
        listed = listed
            || row.toObject()
                    .value(QStringLiteral("contact"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger()
                == m_sarah;
    }
    QVERIFY(listed);

    QCOMPARE(
        m_fixture->http().get(QStringLiteral("/contacts/%1/messages").arg(m_sarah)).status, 200);
    QCOMPARE(conversationOf(m_sarah).value(QStringLiteral("unread_count")).toInt(-1), 0);
}

void TestSandboxMessages::conversationFilters()
{
    const TestReply sms = m_fixture->http().get(QStringLiteral("/conversations"),
        QUrlQuery { { QStringLiteral("channel"), QStringLiteral("sms") } });
    QCOMPARE(sms.status, 200);
    QVERIFY(sms.dataArray().size() >= 1);
    for (const QJsonValue &row : sms.dataArray())
        QCOMPARE(row.toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    const TestReply search = m_fixture->http().get(QStringLiteral("/conversations"),
        QUrlQuery { { QStringLiteral("search"), QStringLiteral("johnson") } });
    QCOMPARE(search.dataArray().size(), 1);
    QCOMPARE(m_fixture->http()
                 .get(QStringLiteral("/conversations"),
                     QUrlQuery { { QStringLiteral("channel"), QStringLiteral("pigeon") } })
                 .status,
        422);
    QCOMPARE(m_fixture->http()
                 .get(QStringLiteral("/conversations"),
                     QUrlQuery { { QStringLiteral("unread"), QStringLiteral("sometimes") } })
                 .status,
        422);
}

void TestSandboxMessages::messagesNewestFirstWithShape()
{
    const TestReply reply
        = m_fixture->http().get(QStringLiteral("/contacts/%1/messages").arg(m_sarah),
            QUrlQuery { { QStringLiteral("per_page"), QStringLiteral("2") } });
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = reply.dataArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(reply.meta().value(QStringLiteral("per_page")).toInt(), 2);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("created_at")).toString()
        >= rows.at(1).toObject().value(QStringLiteral("created_at")).toString());
    const QJsonObject m = rows.at(0).toObject();
    for (const char *key : { "id", "contact_id", "channel", "direction", "type", "content",
             "media_url", "status", "sent_by", "created_at" })
        QVERIFY2(m.contains(QLatin1String(key)), key);
    QCOMPARE(m.value(QStringLiteral("contact_id")).toInteger(), m_sarah);
}

void TestSandboxMessages::messagesOfUnknownContactIs404()
{
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/424242/messages")).status, 404);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/contacts/x/messages")).status, 404);
    QCOMPARE(
        m_fixture->http().post(QStringLiteral("/_sandbox/contacts/424242/inbound")).status, 404);
}

void TestSandboxMessages::sendTextReturns201()
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), m_sarah },
            { QStringLiteral("content"), QStringLiteral("Hi") } });
    QCOMPARE(reply.status, 201);
    const QJsonObject m = reply.dataObject();
    QCOMPARE(m.value(QStringLiteral("contact_id")).toInteger(), m_sarah);
    QCOMPARE(m.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(m.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    QCOMPARE(m.value(QStringLiteral("content")).toString(), QStringLiteral("Hi"));
    QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(m.value(QStringLiteral("created_at")).toString(),
        QStringLiteral("2026-03-04T09:00:00.000000Z"));
    const TestReply latest
        = m_fixture->http().get(QStringLiteral("/contacts/%1/messages").arg(m_sarah));
    QCOMPARE(latest.dataArray().at(0).toObject().value(QStringLiteral("id")),
        m.value(QStringLiteral("id")));
    QCOMPARE(conversationOf(m_sarah)
                 .value(QStringLiteral("last_message"))
                 .toObject()
                 .value(QStringLiteral("id")),
        m.value(QStringLiteral("id")));

    const TestReply email = m_fixture->http().post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), m_sarah },
            { QStringLiteral("channel"), QStringLiteral("email") },
            { QStringLiteral("content"), QStringLiteral("By email") } });
    QCOMPARE(email.status, 201);
    QCOMPARE(
        email.dataObject().value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
}

void TestSandboxMessages::sendMediaNeedsMediaUrl()
{
    const TestReply missing = m_fixture->http().post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), m_sarah },
            { QStringLiteral("type"), QStringLiteral("image") } });
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.errors().contains(QStringLiteral("media_url")));
    const TestReply ok = m_fixture->http().post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), m_sarah },
            { QStringLiteral("type"), QStringLiteral("image") },
            { QStringLiteral("media_url"), QStringLiteral("https://example.com/x.png") } });
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.dataObject().value(QStringLiteral("media_url")).toString(),
        QStringLiteral("https://example.com/x.png"));
    QVERIFY(ok.dataObject().value(QStringLiteral("content")).isNull());
}

void TestSandboxMessages::sendValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing contact")
        << QByteArray(R"({"content": "x"})") << QStringLiteral("contact_id");
    QTest::newRow("contact as string")
        << QByteArray(R"({"contact_id": "SARAH", "content": "x"})") << QStringLiteral("contact_id");
    QTest::newRow("contact fraction")
        << QByteArray(R"({"contact_id": 1.5, "content": "x"})") << QStringLiteral("contact_id");
    QTest::newRow("unknown contact")
        << QByteArray(R"({"contact_id": 999999, "content": "x"})") << QStringLiteral("contact_id");
    QTest::newRow("missing content")
        << QByteArray(R"({"contact_id": SARAH})") << QStringLiteral("content");
    QTest::newRow("content not string")
        << QByteArray(R"({"contact_id": SARAH, "content": {"a": 1}})") << QStringLiteral("content");
    QTest::newRow("bad type") << QByteArray(
        R"({"contact_id": SARAH, "content": "x", "type": "hologram"})")
                              << QStringLiteral("type");
    QTest::newRow("bad channel") << QByteArray(
        R"({"contact_id": SARAH, "content": "x", "channel": "fax"})")
                                 << QStringLiteral("channel");
}

void TestSandboxMessages::sendValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    body.replace("SARAH", QByteArray::number(m_sarah));
    const TestReply reply = m_fixture->http().send("POST", QStringLiteral("/messages/send"), body);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.errors().contains(field), reply.body.constData());
}

void TestSandboxMessages::sendToBlacklistedContactIs422()
{
    TestHttp &http = m_fixture->http();
    const qint64 id
        = http.post(QStringLiteral("/contacts"),
                  { { QStringLiteral("name"), QStringLiteral("Blocked") },
                      { QStringLiteral("email"), QStringLiteral("blocked@example.com") } })
              .dataObject()
              .value(QStringLiteral("id"))
              .toInteger();
    QCOMPARE(http.post(QStringLiteral("/contacts/%1/blacklist").arg(id))
                 .dataObject()
                 .value(QStringLiteral("is_blacklisted"))
                 .toBool(),
        true);
    const TestReply reply = http.post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), id },
            { QStringLiteral("content"), QStringLiteral("Hello?") } });
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.errors().contains(QStringLiteral("contact_id")));
    QCOMPARE(http.get(QStringLiteral("/contacts/%1/messages").arg(id))
                 .meta()
                 .value(QStringLiteral("total"))
                 .toInt(),
        0);
}

void TestSandboxMessages::sendOnDisconnectedChannelIs422()
{
    const TestReply channels = m_fixture->http().get(QStringLiteral("/account/channels"));
    QString disconnected;
    for (const QJsonValue &row : channels.dataArray()) {
        if (row.toObject().value(QStringLiteral("status")).toString()
            != QStringLiteral("connected"))
            disconnected = row.toObject().value(QStringLiteral("channel")).toString();
    }
    QVERIFY(!disconnected.isEmpty());
    const TestReply reply = m_fixture->http().post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), m_sarah }, { QStringLiteral("channel"), disconnected },
            { QStringLiteral("content"), QStringLiteral("x") } });
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.errors().contains(QStringLiteral("channel")));
}

void TestSandboxMessages::arabicAndEmojiRoundTrip()
{
    const QString text = QStringLiteral(
        "مرحبا سارة! موعدك غدًا 🗓️✅ \"quoted\" 'single' %_\\");
    const TestReply reply = m_fixture->http().post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), m_sarah }, { QStringLiteral("content"), text } });
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.dataObject().value(QStringLiteral("content")).toString(), text);
    const TestReply list
        = m_fixture->http().get(QStringLiteral("/contacts/%1/messages").arg(m_sarah));
    QCOMPARE(list.dataArray().at(0).toObject().value(QStringLiteral("content")).toString(), text);
}

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandbox_messages.moc"
