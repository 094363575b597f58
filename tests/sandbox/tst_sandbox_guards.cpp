// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The router's guards on every registered API route, whoever wrote it: no key → 401,
// body over 1 MB → 413, malformed JSON → 400, any other method → 405 with Allow (also on
// literal paths such as /bookings/types that a route with a path parameter would fit), and the
// rate-limit headers on each of those answers.
#include "sandboxfixture.h"
#include "testhttp.h"

#include "core/router.h"
#include "sandboxserver.h"

#include <QMap>
#include <QSet>
#include <QTest>

class TestSandboxGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteNeedsAKey();
    void everyRouteRefusesOversizedBodies();
    void everyBodyRouteRefusesMalformedJson();
    void everyPathAnswers405ForOtherMethods();

private:
    static QString concrete(const QString &pattern);
    QList<Sandbox::Router::RouteInfo> m_routes;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<TestHttp> m_http;
};

void TestSandboxGuards::initTestCase()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.rateLimitPerMinute = 100000;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_server->baseUrl(), m_server->demoApiKey());
    for (const Sandbox::Router::RouteInfo &route : m_server->router().routes()) {
        if (route.pattern.startsWith(QStringLiteral("/api/v1/")))
            m_routes.append(route);
    }
    QCOMPARE(m_routes.size(), 37);
}

void TestSandboxGuards::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QString TestSandboxGuards::concrete(const QString &pattern)
{
    QString path = pattern;
    return path.replace(QStringLiteral("{id}"), QStringLiteral("1"));
}

void TestSandboxGuards::everyRouteNeedsAKey()
{
    m_http->setAuth(TestHttp::Auth::None);
    for (const auto &route : std::as_const(m_routes)) {
        const TestReply reply
            = m_http->send(route.method.toLatin1(), concrete(route.pattern), "{}");
        QVERIFY2(reply.status == 401, qPrintable(route.method + QLatin1Char(' ') + route.pattern));
        QCOMPARE(reply.message(), QStringLiteral("Unauthenticated."));
        QVERIFY(!reply.header("x-ratelimit-remaining").isEmpty());
    }
    m_http->setAuth(TestHttp::Auth::Bearer);
}

void TestSandboxGuards::everyRouteRefusesOversizedBodies()
{
    const QByteArray big = "{\"x\": \"" + QByteArray(1024 * 1024 + 1, 'a') + "\"}";
    for (const auto &route : std::as_const(m_routes)) {
        const TestReply reply = m_http->send(route.method.toLatin1(), concrete(route.pattern), big);
        QVERIFY2(reply.status == 413, qPrintable(route.method + QLatin1Char(' ') + route.pattern));
        QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
    }
}

void TestSandboxGuards::everyBodyRouteRefusesMalformedJson()
{
    for (const auto &route : std::as_const(m_routes)) {
        if (route.method == QStringLiteral("GET") || route.method == QStringLiteral("DELETE"))
            continue;
        for (const QByteArray &body :
            { QByteArray("{\"name\": "), QByteArray("not json"), QByteArray("{'single': 1}") }) {
            const TestReply reply
                = m_http->send(route.method.toLatin1(), concrete(route.pattern), body);
            QVERIFY2(
                reply.status == 400, qPrintable(route.method + QLatin1Char(' ') + route.pattern));
            QCOMPARE(reply.object().value(QStringLiteral("success")).toBool(true), false);
            QVERIFY(!reply.header("x-ratelimit-limit").isEmpty());
        }
    }
}

void TestSandboxGuards::everyPathAnswers405ForOtherMethods()
{
    QMap<QString, QSet<QString>> methodsByPath;
    for (const auto &route : std::as_const(m_routes))
        methodsByPath[route.pattern].insert(route.method);
    const QStringList all = { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE") };
    int checked = 0;
    for (auto it = methodsByPath.cbegin(); it != methodsByPath.cend(); ++it) {
        for (const QString &method : all) {
            if (it.value().contains(method))
                continue;
            const TestReply reply = m_http->send(method.toLatin1(), concrete(it.key()), "{}");
            QVERIFY2(reply.status == 405, qPrintable(method + QLatin1Char(' ') + it.key()));
            for (const QString &allowed : it.value())
                QVERIFY2(reply.header("allow").contains(allowed.toLatin1()), qPrintable(it.key()));
            ++checked;
        }
    }
    QVERIFY(checked > 60);
}

QTEST_GUILESS_MAIN(TestSandboxGuards)
#include "tst_sandbox_guards.moc"
