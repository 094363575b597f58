// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The core's endpoints publish the contract's events on the EventBus (the webhook module
// turns them into deliveries), and --simulate-traffic produces inbound messages.
#include "sandboxfixture.h"

#include "core/eventbus.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestSandboxEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void contactLifecyclePublishes();
    void messagesPublish();
    void ticketPublishes();
    void failedRequestsPublishNothing();
    void simulatedTrafficArrives();

private:
    QStringList eventNames() const;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    std::unique_ptr<QSignalSpy> m_spy;
};

void TestSandboxEvents::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_server->baseUrl(), m_server->demoApiKey());
    m_spy = std::make_unique<QSignalSpy>(&m_server->context().events, &Sandbox::EventBus::publish);
}

void TestSandboxEvents::cleanupTestCase()
{
    m_spy.reset();
    m_http.reset();
    m_server.reset();
}

void TestSandboxEvents::init()
{
    m_spy->clear();
}

QStringList TestSandboxEvents::eventNames() const
{
    QStringList names;
    for (const QList<QVariant> &call : *m_spy)
        names.append(call.at(0).toString());
    return names;
}

void TestSandboxEvents::contactLifecyclePublishes()
{
    const TestReply created = m_http->post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("Evented") },
            { QStringLiteral("email"), QStringLiteral("ev@example.com") } });
    const qint64 id = created.dataObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_spy->size(), 1);
    QCOMPARE(m_spy->at(0).at(1).toJsonObject(), created.dataObject());
    m_http->put(QStringLiteral("/contacts/%1").arg(id),
        { { QStringLiteral("name"), QStringLiteral("Evented 2") } });
    m_http->post(QStringLiteral("/contacts/%1/blacklist").arg(id));
    m_http->del(QStringLiteral("/contacts/%1").arg(id));
    QCOMPARE(eventNames(),
        (QStringList { QStringLiteral("contact.created"), QStringLiteral("contact.updated"),
            QStringLiteral("contact.updated"), QStringLiteral("contact.deleted") }));
    QCOMPARE(
        m_spy->at(2).at(1).toJsonObject().value(QStringLiteral("is_blacklisted")).toBool(), true);
    QCOMPARE(m_spy->at(3).at(1).toJsonObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Evented 2"));
}

void TestSandboxEvents::messagesPublish()
{
    const qint64 id = m_http
                          ->post(QStringLiteral("/contacts"),
                              { { QStringLiteral("name"), QStringLiteral("Chatty") },
                                  { QStringLiteral("phone"), QStringLiteral("+971501112233") } })
                          .dataObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    m_spy->clear();
    const TestReply sent = m_http->post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), id },
            { QStringLiteral("content"), QStringLiteral("Hi") } });
    const TestReply received = m_http->post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(id),
        { { QStringLiteral("content"), QStringLiteral("Hello") } });
    QCOMPARE(eventNames(),
        (QStringList { QStringLiteral("message.sent"), QStringLiteral("message.received") }));
    QCOMPARE(m_spy->at(0).at(1).toJsonObject(), sent.dataObject());
    QCOMPARE(m_spy->at(1).at(1).toJsonObject(), received.dataObject());
}

void TestSandboxEvents::ticketPublishes()
{
    const TestReply ticket = m_http->post(QStringLiteral("/_sandbox/tickets"),
        { { QStringLiteral("subject"), QStringLiteral("Help") } });
    QCOMPARE(eventNames(), QStringList { QStringLiteral("ticket.created") });
    QCOMPARE(m_spy->at(0).at(1).toJsonObject(), ticket.dataObject());
}

void TestSandboxEvents::failedRequestsPublishNothing()
{
    m_http->post(QStringLiteral("/contacts"),
        { { QStringLiteral("name"), QStringLiteral("No contact way") } });
    m_http->put(
        QStringLiteral("/contacts/999999"), { { QStringLiteral("name"), QStringLiteral("x") } });
    m_http->del(QStringLiteral("/contacts/999999"));
    m_http->post(QStringLiteral("/messages/send"),
        { { QStringLiteral("contact_id"), 999999 },
            { QStringLiteral("content"), QStringLiteral("x") } });
    m_http->send("POST", QStringLiteral("/contacts"), "{broken");
    QCOMPARE(m_spy->size(), 0);
}

void TestSandboxEvents::simulatedTrafficArrives()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.simulateTrafficSeconds = 1;
    SandboxFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.error()));
    const qint64 id = fixture.http()
                          .post(QStringLiteral("/contacts"),
                              { { QStringLiteral("name"), QStringLiteral("Customer") },
                                  { QStringLiteral("email"), QStringLiteral("c@example.com") } })
                          .dataObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(fixture.http()
                                 .get(QStringLiteral("/contacts/%1/messages").arg(id))
                                 .meta()
                                 .value(QStringLiteral("total"))
                                 .toInt()
            >= 1,
        5000);
    const QJsonObject message = fixture.http()
                                    .get(QStringLiteral("/contacts/%1/messages").arg(id))
                                    .dataArray()
                                    .first()
                                    .toObject();
    QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
    QVERIFY(!message.value(QStringLiteral("content")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"
