// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The five team endpoints, duplicate emails, and the last-active-admin rule.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listIsPaginatedWithTheAdmin();
    void createGetUpdateDelete();
    void createValidation_data();
    void createValidation();
    void duplicateEmailIs422EvenWithOtherCase();
    void lastActiveAdminIsProtected();
    void secondAdminCanBeDemotedWhileOneRemains();
    void unknownMemberIs404();

private:
    qint64 create(const QString &name, const QString &email, const QString &role);
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSandboxTeam::init()
{
    // A fresh sandbox per test: the admin rules depend on who else is on the team.
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
}

void TestSandboxTeam::cleanup()
{
    m_fixture.reset();
}

qint64 TestSandboxTeam::create(const QString &name, const QString &email, const QString &role)
{
    const TestReply reply = m_fixture->http().post(QStringLiteral("/team"),
        { { QStringLiteral("name"), name }, { QStringLiteral("email"), email },
            { QStringLiteral("role"), role } });
    return reply.status == 201 ? reply.dataObject().value(QStringLiteral("id")).toInteger() : 0;
}

void TestSandboxTeam::listIsPaginatedWithTheAdmin()
{
    const TestReply reply = m_fixture->http().get(QStringLiteral("/team"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.dataArray().size(), 1);
    const QJsonObject admin = reply.dataArray().first().toObject();
    QCOMPARE(admin.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(admin.value(QStringLiteral("is_active")).toBool(), true);
    for (const char *key : { "id", "name", "email", "last_seen_at", "created_at" })
        QVERIFY2(admin.contains(QLatin1String(key)), key);
    QCOMPARE(reply.meta().value(QStringLiteral("total")).toInt(), 1);
}

void TestSandboxTeam::createGetUpdateDelete()
{
    const TestReply created = m_fixture->http().post(QStringLiteral("/team"),
        { { QStringLiteral("name"), QStringLiteral("ليلى حداد") },
            { QStringLiteral("email"), QStringLiteral("layla@example.com") },
            { QStringLiteral("role"), QStringLiteral("receptionist") } });
    QCOMPARE(created.status, 201);
    const QJsonObject m = created.dataObject();
    QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("ليلى حداد"));
    QCOMPARE(m.value(QStringLiteral("is_active")).toBool(), true);
    QVERIFY(m.value(QStringLiteral("last_seen_at")).isNull());
    const qint64 id = m.value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_fixture->http().get(QStringLiteral("/team/%1").arg(id)).dataObject(), m);

    const TestReply updated = m_fixture->http().put(QStringLiteral("/team/%1").arg(id),
        { { QStringLiteral("role"), QStringLiteral("agent") },
            { QStringLiteral("is_active"), false } });
    QCOMPARE(updated.status, 200);
    QCOMPARE(
        updated.dataObject().value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(updated.dataObject().value(QStringLiteral("is_active")).toBool(true), false);
    QCOMPARE(updated.dataObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("layla@example.com"));

    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(id),
                     { { QStringLiteral("is_active"), QStringLiteral("no") } })
                 .status,
        422);
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(id),
                     { { QStringLiteral("role"), QStringLiteral("owner") } })
                 .status,
        422);

    const TestReply deleted = m_fixture->http().del(QStringLiteral("/team/%1").arg(id));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(m_fixture->http().get(QStringLiteral("/team/%1").arg(id)).status, 404);
}

void TestSandboxTeam::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty") << QByteArray("{}")
                           << QStringList { QStringLiteral("name"), QStringLiteral("email"),
                                  QStringLiteral("role") };
    QTest::newRow("bad email") << QByteArray(R"({"name": "A", "email": "a@", "role": "agent"})")
                               << QStringList { QStringLiteral("email") };
    QTest::newRow("bad role") << QByteArray(R"({"name": "A", "email": "a@b.co", "role": "owner"})")
                              << QStringList { QStringLiteral("role") };
    QTest::newRow("wrong types") << QByteArray(R"({"name": [], "email": 5, "role": true})")
                                 << QStringList { QStringLiteral("name"), QStringLiteral("email"),
                                        QStringLiteral("role") };
    QTest::newRow("is_active not bool")
        << QByteArray(R"({"name": "A", "email": "a@b.co", "role": "agent", "is_active": "yes"})")
        << QStringList { QStringLiteral("is_active") };
}

void TestSandboxTeam::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    const TestReply reply = m_fixture->http().send("POST", QStringLiteral("/team"), body);
    QCOMPARE(reply.status, 422);
    for (const QString &field : fields)
        QVERIFY2(reply.errors().contains(field), qPrintable(field));
}

void TestSandboxTeam::duplicateEmailIs422EvenWithOtherCase()
{
    QVERIFY(
        create(QStringLiteral("Omar"), QStringLiteral("omar@example.com"), QStringLiteral("agent"))
        > 0);
    const TestReply reply = m_fixture->http().post(QStringLiteral("/team"),
        { { QStringLiteral("name"), QStringLiteral("Omar 2") },
            { QStringLiteral("email"), QStringLiteral("OMAR@example.com") },
            { QStringLiteral("role"), QStringLiteral("agent") } });
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.errors().contains(QStringLiteral("email")));
    const qint64 other = create(
        QStringLiteral("Nadia"), QStringLiteral("nadia@example.com"), QStringLiteral("agent"));
    const TestReply clash = m_fixture->http().put(QStringLiteral("/team/%1").arg(other),
        { { QStringLiteral("email"), QStringLiteral("omar@example.com") } });
    QCOMPARE(clash.status, 422);
    // Keeping one's own email is not a clash.
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(other),
                     { { QStringLiteral("email"), QStringLiteral("nadia@example.com") } })
                 .status,
        200);
}

void TestSandboxTeam::lastActiveAdminIsProtected()
{
    const qint64 admin = m_fixture->http()
                             .get(QStringLiteral("/team"))
                             .dataArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    const TestReply demote = m_fixture->http().put(QStringLiteral("/team/%1").arg(admin),
        { { QStringLiteral("role"), QStringLiteral("agent") } });
    QCOMPARE(demote.status, 422);
    QVERIFY(demote.errors().contains(QStringLiteral("role")));
    const TestReply deactivate = m_fixture->http().put(
        QStringLiteral("/team/%1").arg(admin), { { QStringLiteral("is_active"), false } });
    QCOMPARE(deactivate.status, 422);
    QVERIFY(deactivate.errors().contains(QStringLiteral("is_active")));
    QCOMPARE(m_fixture->http().del(QStringLiteral("/team/%1").arg(admin)).status, 422);
    // An inactive second admin does not count.
    const qint64 sleeper = create(
        QStringLiteral("Sleeper"), QStringLiteral("sleeper@example.com"), QStringLiteral("admin"));
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(sleeper),
                     { { QStringLiteral("is_active"), false } })
                 .status,
        200);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/team/%1").arg(admin)).status, 422);
    const QJsonObject still
        = m_fixture->http().get(QStringLiteral("/team/%1").arg(admin)).dataObject();
    QCOMPARE(still.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(still.value(QStringLiteral("is_active")).toBool(), true);
    // Renaming the last admin is fine.
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(admin),
                     { { QStringLiteral("name"), QStringLiteral("Mona S.") } })
                 .status,
        200);
}

void TestSandboxTeam::secondAdminCanBeDemotedWhileOneRemains()
{
    const qint64 admin = m_fixture->http()
                             .get(QStringLiteral("/team"))
                             .dataArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    const qint64 second = create(QStringLiteral("Second Admin"),
        QStringLiteral("second@example.com"), QStringLiteral("admin"));
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(admin),
                     { { QStringLiteral("role"), QStringLiteral("agent") } })
                 .status,
        200);
    // Now the second one is the last.
    QCOMPARE(m_fixture->http().del(QStringLiteral("/team/%1").arg(second)).status, 422);
    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/team/%1").arg(admin),
                     { { QStringLiteral("role"), QStringLiteral("admin") } })
                 .status,
        200);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/team/%1").arg(second)).status, 200);
}

void TestSandboxTeam::unknownMemberIs404()
{
    QCOMPARE(m_fixture->http().get(QStringLiteral("/team/9999")).status, 404);
    QCOMPARE(
        m_fixture->http()
            .put(QStringLiteral("/team/9999"), { { QStringLiteral("name"), QStringLiteral("x") } })
            .status,
        404);
    QCOMPARE(m_fixture->http().del(QStringLiteral("/team/abc")).status, 404);
    QCOMPARE(m_fixture->http().send("PATCH", QStringLiteral("/team/1"), "{}").status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxTeam)
#include "tst_sandbox_team.moc"
