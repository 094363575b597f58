// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every fault kind of the sandbox on a real write (POST /contacts through ApiClient): the
// outcome the one rule gives, its words, and whether the server really stored the row,
// so "refused" is never said of a stored write.
#include "apierrortext.h"
#include "restcontactsapi.h"
#include "sandboxcall.h"
#include "sandboxclienttest.h"
#include "writeoutcome.h"

#include <QJsonArray>
#include <QTest>

class TestWriteOutcomeSandbox : public SandboxClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox()); }
    void init() { createClient(); }
    void cleanup() { destroyClient(); }
    void cleanupTestCase() { m_fixture.reset(); }

    void everyFaultKindHasAnHonestOutcome_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("stored");
        const int done = int(WriteOutcome::State::Done);
        const int refused = int(WriteOutcome::State::Refused);
        const int unknown = int(WriteOutcome::State::Unknown);
        const auto fault = [](const char *type, QJsonObject extra = {}) {
            extra.insert(QStringLiteral("type"), QLatin1String(type));
            extra.insert(QStringLiteral("path"), QStringLiteral("/api/v1/contacts"));
            extra.insert(QStringLiteral("method"), QStringLiteral("POST"));
            return extra;
        };
        const QJsonObject late { { QStringLiteral("after_run"), true } };
        QTest::newRow("none") << QJsonObject() << done << 1;
        QTest::newRow("drop before headers") << fault("drop") << unknown << 0;
        QTest::newRow("drop after storing") << fault("drop", late) << unknown << 1;
        QTest::newRow("drop after headers") << fault("drop_after_headers") << unknown << 1;
        QTest::newRow("500") << fault("status", { { QStringLiteral("status"), 500 } }) << unknown
                             << 0;
        QTest::newRow("502 after storing")
            << fault("status", { { QStringLiteral("status"), 502 }, { QStringLiteral("after_run"), true } })
            << unknown << 1;
        QTest::newRow("422") << fault("status", { { QStringLiteral("status"), 422 } }) << refused
                             << 0;
        QTest::newRow("429 storm") << fault("rate_limit", { { QStringLiteral("retry_after"), 0 } })
                                   << refused << 0;
        QTest::newRow("stall") << fault("latency", { { QStringLiteral("latency_ms"), 3000 } })
                               << unknown << 0;
        QTest::newRow("stall after storing")
            << fault("latency", { { QStringLiteral("latency_ms"), 3000 }, { QStringLiteral("after_run"), true } })
            << unknown << 1;
        QTest::newRow("malformed after storing") << fault("malformed", late) << unknown << 1;
        QTest::newRow("truncated") << fault("truncated") << unknown << 1;
        QTest::newRow("wrong types") << fault("wrong_types") << unknown << 1;
        QTest::newRow("success false") << fault("success_false") << unknown << 1;
    }

    void everyFaultKindHasAnHonestOutcome()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, state);
        QFETCH(int, stored);
        m_client->setTransferTimeout(800);
        if (!fault.isEmpty())
            QVERIFY(addFault(fault));
        RestContactsApi api(m_client.get());
        ContactInput input;
        input.name = QStringLiteral("Outcome %1").arg(QLatin1String(QTest::currentDataTag()));
        input.email = QStringLiteral("outcome%1@example.com").arg(++m_serial);
        const ApiResult<Contact> result = AWAIT(Contact, api.create(input, ctx, cb));
        const WriteOutcome outcome = WriteOutcome::of(result);
        QCOMPARE(int(outcome.state()), state);
        if (!outcome.isDone()) {
            QVERIFY(!outcome.userText().trimmed().isEmpty());
            QVERIFY(!userMessage(result.error()).trimmed().isEmpty());
        }
        m_fixture->http().del(QStringLiteral("/_sandbox/faults"));
        if (fault.value(QStringLiteral("type")).toString() == QLatin1String("latency"))
            QTest::qWait(2500); // past the stall: a write that ran late would show now
        const TestReply rows = m_fixture->http().get(QStringLiteral("/contacts"),
            QUrlQuery { { QStringLiteral("search"), input.email.value_or(QString()) } });
        QCOMPARE(rows.dataArray().size(), stored);
    }

    void aStoppedServerIsNotSent()
    {
        // Nothing listens on the port any more: the connection is refused before a byte
        // of the request is written, so the outcome is a plain "not sent".
        m_fixture->stop();
        RestContactsApi api(m_client.get());
        ContactInput input;
        input.name = QStringLiteral("Server down");
        input.email = QStringLiteral("down%1@example.com").arg(++m_serial);
        const ApiResult<Contact> result = AWAIT(Contact, api.create(input, ctx, cb));
        QVERIFY(m_fixture->start());
        createClient(); // the restarted sandbox listens on a new port
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QVERIFY(result.error().requestNeverSent);
        const WriteOutcome outcome = WriteOutcome::of(result);
        QCOMPARE(int(outcome.state()), int(WriteOutcome::State::Refused));
        QVERIFY2(outcome.userText().contains(QStringLiteral("nothing was sent")),
                 qPrintable(outcome.userText()));
    }

    void aDropAfterSendingIsNotNotSent()
    {
        // The connection was made and the request written before the server hung up:
        // it may have run, so the outcome stays unknown and never says "not sent".
        QVERIFY(addFault({ { QStringLiteral("type"), QStringLiteral("drop") },
                           { QStringLiteral("path"), QStringLiteral("/api/v1/contacts") },
                           { QStringLiteral("method"), QStringLiteral("POST") },
                           { QStringLiteral("after_run"), true } }));
        RestContactsApi api(m_client.get());
        ContactInput input;
        input.name = QStringLiteral("Dropped after sending");
        input.email = QStringLiteral("dropped%1@example.com").arg(++m_serial);
        const ApiResult<Contact> result = AWAIT(Contact, api.create(input, ctx, cb));
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QVERIFY(!result.error().requestNeverSent);
        const WriteOutcome outcome = WriteOutcome::of(result);
        QCOMPARE(int(outcome.state()), int(WriteOutcome::State::Unknown));
        QVERIFY(!outcome.userText().contains(QStringLiteral("nothing was sent")));
        m_fixture->http().del(QStringLiteral("/_sandbox/faults"));
        const TestReply rows = m_fixture->http().get(QStringLiteral("/contacts"),
            QUrlQuery { { QStringLiteral("search"), input.email.value_or(QString()) } });
        QCOMPARE(rows.dataArray().size(), 1); // it was stored: "not sent" would have lied
    }

private:
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestWriteOutcomeSandbox)
#include "tst_writeoutcomesandbox.moc"
