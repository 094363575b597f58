// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Keys: stored hashed, revocation, the per-key domain whitelist (403), and the 500
// envelope when a handler fails. The server runs in this thread so the test can reach
// its key store.
#include "sandboxfixture.h"
#include "testhttp.h"

#include "core/apikeystore.h"
#include "core/database.h"
#include "core/router.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"

#include <QSqlQuery>
#include <QTest>

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysAreStoredHashedOnly();
    void newKeyWorksInBothHeaderStyles();
    void revokedKeyIs401();
    void whitelistRestrictsBrowserOrigins_data();
    void whitelistRestrictsBrowserOrigins();
    void handlerFailureIs500Envelope();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
};

void TestSandboxAuth::initTestCase()
{
    m_server = std::make_unique<Sandbox::SandboxServer>(SandboxFixture::defaultOptions());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestSandboxAuth::cleanupTestCase()
{
    m_server.reset();
}

void TestSandboxAuth::keysAreStoredHashedOnly()
{
    const QString key = m_server->context().keys.create(QStringLiteral("hash check"));
    QSqlQuery q = m_server->context().database.exec(
        QStringLiteral("SELECT key_hash, key_hint FROM api_keys"));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.value(0).toString().size(), 64);
        QVERIFY(q.value(0).toString() != key);
        QVERIFY(q.value(0).toString() != Sandbox::ApiKeyStore::demoKey());
        QVERIFY(!q.value(1).toString().contains(key.mid(8, 20)));
    }
    QCOMPARE(rows, 2);
    QCOMPARE(Sandbox::ApiKeyStore::hash(key),
        QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex()));
    const QList<Sandbox::ApiKey> keys = m_server->context().keys.list();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.last().name, QStringLiteral("hash check"));
    QVERIFY(keys.last().hint.endsWith(key.right(4)));
}

void TestSandboxAuth::newKeyWorksInBothHeaderStyles()
{
    const QString key = m_server->context().keys.create(QStringLiteral("both styles"));
    TestHttp http(m_server->baseUrl(), key);
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
    http.setAuth(TestHttp::Auth::ApiKeyHeader);
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
    http.setApiKey(key + QLatin1Char('x'));
    QCOMPARE(http.get(QStringLiteral("/account")).status, 401);
    // Its use is recorded (with the pinned clock).
    QCOMPARE(m_server->context().keys.find(key)->lastUsedAt,
        QStringLiteral("2026-03-04T09:00:00.000000Z"));
}

void TestSandboxAuth::revokedKeyIs401()
{
    const QString key = m_server->context().keys.create(QStringLiteral("to revoke"));
    TestHttp http(m_server->baseUrl(), key);
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
    const qint64 id = m_server->context().keys.find(key)->id;
    QVERIFY(m_server->context().keys.revoke(id));
    const TestReply reply = http.get(QStringLiteral("/account"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.message(), QStringLiteral("Unauthenticated."));
}

void TestSandboxAuth::whitelistRestrictsBrowserOrigins_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("no origin (desktop)") << QByteArray() << QByteArray() << 200;
    QTest::newRow("allowed origin")
        << QByteArray("Origin") << QByteArray("https://app.example.com") << 200;
    QTest::newRow("allowed wildcard")
        << QByteArray("Origin") << QByteArray("https://eu.shop.example.org:8443") << 200;
    QTest::newRow("allowed referer")
        << QByteArray("Referer") << QByteArray("https://app.example.com/page?x=1") << 200;
    QTest::newRow("other origin") << QByteArray("Origin") << QByteArray("https://evil.example.net")
                                  << 403;
    QTest::newRow("suffix trick") << QByteArray("Origin")
                                  << QByteArray("https://app.example.com.evil.net") << 403;
    QTest::newRow("other referer")
        << QByteArray("Referer") << QByteArray("http://localhost:3000/") << 403;
    QTest::newRow("null origin") << QByteArray("Origin") << QByteArray("null") << 403;
}

void TestSandboxAuth::whitelistRestrictsBrowserOrigins()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    static const QString key = m_server->context().keys.create(QStringLiteral("web"),
        { QStringLiteral("app.example.com"), QStringLiteral("*.shop.example.org") });
    TestHttp http(m_server->baseUrl(), key);
    QHash<QByteArray, QByteArray> headers;
    if (!header.isEmpty())
        headers.insert(header, value);
    const TestReply reply = http.send("GET", QStringLiteral("/account"), {}, headers);
    QCOMPARE(reply.status, status);
    if (status == 403) {
        QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(!reply.message().isEmpty());
    }
    // The demo key has no whitelist: any origin may use it.
    TestHttp demo(m_server->baseUrl(), m_server->demoApiKey());
    QCOMPARE(demo.send("GET", QStringLiteral("/account"), {}, headers).status, 200);
}

void TestSandboxAuth::handlerFailureIs500Envelope()
{
    m_server->router().get(
        QStringLiteral("/api/v1/test-failure"), [this](const Sandbox::Request &) {
            m_server->context().database.exec(QStringLiteral("SELECT * FROM no_such_table"));
            return Sandbox::Response();
        });
    TestHttp http(m_server->baseUrl(), m_server->demoApiKey());
    const TestReply reply = http.get(QStringLiteral("/test-failure"));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    QVERIFY(!reply.message().contains(QStringLiteral("no_such_table")));
    QVERIFY(!reply.header("x-ratelimit-limit").isEmpty());
    // The server is still fine.
    QCOMPARE(http.get(QStringLiteral("/account")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
