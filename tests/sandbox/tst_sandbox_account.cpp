// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GET|PATCH /account, GET /account/subscription, GET /account/channels.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void accountHasTheContractShape();
    void patchUpdatesGivenFields();
    void patchValidation_data();
    void patchValidation();
    void subscriptionHasPlanLimitsAndLiveUsage();
    void channelsListEveryChannelWithStatus();

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSandboxAccount::initTestCase()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
}

void TestSandboxAccount::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSandboxAccount::accountHasTheContractShape()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 200);
    const QJsonObject a = reply.dataObject();
    QCOMPARE(a.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(a.value(QStringLiteral("business_name")).toString(),
        QStringLiteral("SkyLight Demo Clinic"));
    QCOMPARE(a.value(QStringLiteral("timezone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(a.value(QStringLiteral("locale")).toString(), QStringLiteral("en"));
    QVERIFY(a.value(QStringLiteral("logo_url")).isNull());
    for (const char *key : { "email", "phone", "created_at" })
        QVERIFY2(a.value(QLatin1String(key)).isString(), key);
}

void TestSandboxAccount::patchUpdatesGivenFields()
{
    const TestReply reply = m_fixture->http().patch(QStringLiteral("/account"),
        { { QStringLiteral("business_name"), QStringLiteral("عيادة سكاي لايت 🌤") },
            { QStringLiteral("timezone"), QStringLiteral("Asia/Dubai") },
            { QStringLiteral("locale"), QStringLiteral("ar") },
            { QStringLiteral("email"), QStringLiteral("ignored@example.com") } });
    QCOMPARE(reply.status, 200);
    const QJsonObject a = reply.dataObject();
    QCOMPARE(a.value(QStringLiteral("business_name")).toString(),
        QStringLiteral("عيادة سكاي لايت 🌤"));
    QCOMPARE(a.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Dubai"));
    QCOMPARE(a.value(QStringLiteral("locale")).toString(), QStringLiteral("ar"));
    QVERIFY(a.value(QStringLiteral("email")).toString() != QStringLiteral("ignored@example.com"));
    const TestReply phone = m_fixture->http().patch(QStringLiteral("/account"),
        { { QStringLiteral("phone"), QStringLiteral("+971500000001") } });
    QCOMPARE(phone.dataObject().value(QStringLiteral("phone")).toString(),
        QStringLiteral("+971500000001"));
    QCOMPARE(phone.dataObject().value(QStringLiteral("timezone")).toString(),
        QStringLiteral("Asia/Dubai"));
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account")).dataObject(), phone.dataObject());
}

void TestSandboxAccount::patchValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown zone") << QByteArray(R"({"timezone": "Mars/Olympus"})")
                                  << QStringLiteral("timezone");
    QTest::newRow("zone not string")
        << QByteArray(R"({"timezone": 4})") << QStringLiteral("timezone");
    QTest::newRow("zone null") << QByteArray(R"({"timezone": null})") << QStringLiteral("timezone");
    QTest::newRow("empty name") << QByteArray(R"({"business_name": ""})")
                                << QStringLiteral("business_name");
    QTest::newRow("name null") << QByteArray(R"({"business_name": null})")
                               << QStringLiteral("business_name");
    QTest::newRow("bad phone") << QByteArray(R"({"phone": "12"})") << QStringLiteral("phone");
    QTest::newRow("bad locale") << QByteArray(R"({"locale": "klingon"})")
                                << QStringLiteral("locale");
}

void TestSandboxAccount::patchValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QJsonObject before = m_fixture->http().get(QStringLiteral("/account")).dataObject();
    const TestReply reply = m_fixture->http().send("PATCH", QStringLiteral("/account"), body);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.errors().contains(field), reply.body.constData());
    QCOMPARE(m_fixture->http().get(QStringLiteral("/account")).dataObject(), before);
}

void TestSandboxAccount::subscriptionHasPlanLimitsAndLiveUsage()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account/subscription"));
    QCOMPARE(reply.status, 200);
    const QJsonObject s = reply.dataObject();
    const QJsonObject plan = s.value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("code")).toString(), QStringLiteral("pro"));
    QCOMPARE(plan.value(QStringLiteral("price")).toDouble(), 49.0);
    QCOMPARE(plan.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(plan.value(QStringLiteral("interval")).toString(), QStringLiteral("month"));
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(s.value(QStringLiteral("current_period_end")).toString(),
        QStringLiteral("2026-04-03T09:00:00.000000Z"));
    const QJsonObject limits = s.value(QStringLiteral("limits")).toObject();
    const QJsonObject usage = s.value(QStringLiteral("usage")).toObject();
    for (const char *key : { "contacts", "team_members", "monthly_messages", "channels" }) {
        QVERIFY2(limits.value(QLatin1String(key)).toInt() > 0, key);
        QVERIFY2(usage.contains(QLatin1String(key)), key);
    }
    const int contactsBefore = usage.value(QStringLiteral("contacts")).toInt();
    QCOMPARE(usage.value(QStringLiteral("team_members")).toInt(), 1);
    QCOMPARE(usage.value(QStringLiteral("channels")).toInt(), 5);
    const qint64 id
        = m_fixture->http()
              .post(QStringLiteral("/contacts"),
                  { { QStringLiteral("name"), QStringLiteral("Usage") },
                      { QStringLiteral("email"), QStringLiteral("usage@example.com") } })
              .dataObject()
              .value(QStringLiteral("id"))
              .toInteger();
    QCOMPARE(m_fixture->http()
                 .post(QStringLiteral("/messages/send"),
                     { { QStringLiteral("contact_id"), id },
                         { QStringLiteral("content"), QStringLiteral("x") } })
                 .status,
        201);
    const QJsonObject after = m_fixture->http()
                                  .get(QStringLiteral("/account/subscription"))
                                  .dataObject()
                                  .value(QStringLiteral("usage"))
                                  .toObject();
    QCOMPARE(after.value(QStringLiteral("contacts")).toInt(), contactsBefore + 1);
    QCOMPARE(after.value(QStringLiteral("monthly_messages")).toInt(),
        usage.value(QStringLiteral("monthly_messages")).toInt() + 1);
}

void TestSandboxAccount::channelsListEveryChannelWithStatus()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/account/channels"));
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = reply.dataArray();
    QCOMPARE(rows.size(), 7);
    QSet<QString> statuses;
    for (const QJsonValue &row : rows) {
        const QJsonObject c = row.toObject();
        statuses.insert(c.value(QStringLiteral("status")).toString());
        QVERIFY(c.contains(QStringLiteral("identifier")));
        QCOMPARE(c.value(QStringLiteral("connected_at")).isNull(),
            c.value(QStringLiteral("status")).toString() != QStringLiteral("connected"));
    }
    QCOMPARE(statuses,
        (QSet<QString> { QStringLiteral("connected"), QStringLiteral("disconnected"),
            QStringLiteral("error") }));
    QCOMPARE(m_fixture->http().post(QStringLiteral("/account/channels")).status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxAccount)
#include "tst_sandbox_account.moc"
