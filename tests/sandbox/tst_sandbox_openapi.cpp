// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// docs/api/openapi.json and the sandbox's route table must list the same 37 operations,
// and the document must hang together (every $ref resolves, every operation documents
// its errors).
#include "sandboxfixture.h"

#include "core/router.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestSandboxOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentIsOpenApi3();
    void routesAndDocumentAgree();
    void everyReferenceResolves();
    void everyOperationDocumentsItsStatuses();

private:
    QSet<QString> documentOperations() const;
    QJsonObject m_doc;
};

void TestSandboxOpenApi::initTestCase()
{
    QFile file(QStringLiteral(SKYLIGHT_OPENAPI_PATH));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_doc = doc.object();
}

QSet<QString> TestSandboxOpenApi::documentOperations() const
{
    static const QSet<QString> methods = { QStringLiteral("get"), QStringLiteral("post"),
        QStringLiteral("put"), QStringLiteral("patch"), QStringLiteral("delete") };
    QSet<QString> operations;
    const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            if (methods.contains(method.key()))
                operations.insert(method.key().toUpper() + QLatin1Char(' ') + path.key());
        }
    }
    return operations;
}

void TestSandboxOpenApi::documentIsOpenApi3()
{
    QVERIFY(m_doc.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.0")));
    QVERIFY(!m_doc.value(QStringLiteral("info"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString()
                 .isEmpty());
    const QJsonObject schemes = m_doc.value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("securitySchemes"))
                                    .toObject();
    QCOMPARE(schemes.value(QStringLiteral("bearerAuth"))
                 .toObject()
                 .value(QStringLiteral("scheme"))
                 .toString(),
        QStringLiteral("bearer"));
    QCOMPARE(schemes.value(QStringLiteral("apiKeyAuth"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("X-Api-Key"));
    QCOMPARE(documentOperations().size(), 37);
}

void TestSandboxOpenApi::routesAndDocumentAgree()
{
    Sandbox::SandboxServer server(SandboxFixture::defaultOptions());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString prefix = QStringLiteral("/api/v1");
    QSet<QString> routed;
    const QList<Sandbox::Router::RouteInfo> routes = server.router().routes();
    for (const Sandbox::Router::RouteInfo &route : routes) {
        if (route.pattern.startsWith(prefix + QLatin1Char('/')))
            routed.insert(route.method + QLatin1Char(' ') + route.pattern.mid(prefix.size()));
        else
            QVERIFY2(
                route.pattern.startsWith(QStringLiteral("/_sandbox/")), qPrintable(route.pattern));
    }
    const QSet<QString> documented = documentOperations();
    QStringList onlyRouted = QSet<QString>(routed).subtract(documented).values();
    QStringList onlyDocumented = QSet<QString>(documented).subtract(routed).values();
    onlyRouted.sort();
    onlyDocumented.sort();
    QVERIFY2(onlyRouted.isEmpty(),
        qPrintable(
            QStringLiteral("routed but not documented: ") + onlyRouted.join(QStringLiteral(", "))));
    QVERIFY2(onlyDocumented.isEmpty(),
        qPrintable(QStringLiteral("documented but not routed: ")
            + onlyDocumented.join(QStringLiteral(", "))));
    QCOMPARE(routed.size(), 37);
}

void TestSandboxOpenApi::everyReferenceResolves()
{
    QStringList broken;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                walk(item);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QStringLiteral("$ref")) {
                QJsonValue target = m_doc;
                const QString ref = it.value().toString();
                const QStringList parts = ref.mid(2).split(QLatin1Char('/'));
                for (const QString &part : parts)
                    target = target.toObject().value(part);
                if (!ref.startsWith(QStringLiteral("#/")) || target.isUndefined())
                    broken.append(ref);
            } else {
                walk(it.value());
            }
        }
    };
    walk(m_doc);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
}

void TestSandboxOpenApi::everyOperationDocumentsItsStatuses()
{
    const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            const QString where = method.key() + QLatin1Char(' ') + path.key();
            const QJsonObject responses
                = method.value().toObject().value(QStringLiteral("responses")).toObject();
            const bool creates = responses.contains(QStringLiteral("201"));
            QVERIFY2(creates || responses.contains(QStringLiteral("200")), qPrintable(where));
            for (const char *status : { "401", "403", "429", "500" })
                QVERIFY2(responses.contains(QLatin1String(status)),
                    qPrintable(where + QLatin1Char(' ') + QLatin1String(status)));
            if (path.key().contains(QStringLiteral("{id}"))) {
                QVERIFY2(responses.contains(QStringLiteral("404")),
                    qPrintable(where + QStringLiteral(" 404")));
                bool hasIdParameter = false;
                for (const QJsonValue &parameter :
                    method.value().toObject().value(QStringLiteral("parameters")).toArray())
                    hasIdParameter = hasIdParameter
                        || parameter.toObject()
                               .value(QStringLiteral("$ref"))
                               .toString()
                               .endsWith(QStringLiteral("/id"));
                QVERIFY2(hasIdParameter, qPrintable(where + QStringLiteral(" id parameter")));
            }
            if (method.key() == QStringLiteral("post") && creates)
                QVERIFY2(responses.contains(QStringLiteral("422")),
                    qPrintable(where + QStringLiteral(" 422")));
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxOpenApi)
#include "tst_sandbox_openapi.moc"
