// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A TLS error is a failure: the client never ignores it, never sends the request (nor the
// key) over the unverified connection, and never retries it.
#include "apiclient.h"
#include "apierrortext.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <optional>

class TestApiTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedCertificateIsATlsError()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend; the client could not reach any https server");

        QFile certificateFile(QStringLiteral(SKYLIGHT_TLS_DATA "/untrusted-localhost.crt"));
        QFile keyFile(QStringLiteral(SKYLIGHT_TLS_DATA "/untrusted-localhost.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
        serverConfiguration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        serverConfiguration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));

        QSslServer server;
        server.setSslConfiguration(serverConfiguration);
        int handshakes = 0;
        QByteArray received;
        connect(&server, &QSslServer::startedEncryptionHandshake, this,
            [&](QSslSocket *) { ++handshakes; });
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QNetworkAccessManager network;
        ApiClient client(&network);
        ApiConnection connection;
        connection.baseUrl
            = QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(server.serverPort()));
        connection.apiKey = QStringLiteral("sk_test_tls_secret");
        client.setConnection(connection);

        std::optional<ApiResult<ApiEnvelope>> result;
        QObject context;
        client.send(ApiRequest::get(QStringLiteral("/account")), &context,
            [&](const ApiResult<ApiEnvelope> &r) { result.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->error().kind, ApiError::Kind::Tls);
        QVERIFY(!userMessage(result->error()).isEmpty());
        QTest::qWait(300);
        QCOMPARE(handshakes, 1);
        QVERIFY(!received.contains("sk_test_tls_secret"));
        QVERIFY(!received.contains("GET /api/v1/account"));
    }
};

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"
