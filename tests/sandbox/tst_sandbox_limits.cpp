// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Request limits the sandbox enforces on the raw bytes, before QtHttpServer reads a body:
// Content-Length over 1 MB → 413 with no body sent at all, headers over 16 KB → 431,
// ambiguous framing (two Content-Lengths, Content-Length with Transfer-Encoding) → 400, a
// chunked body → 411; ordinary keep-alive requests still pass. And the database file is
// private to its owner.
#include "sandboxfixture.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;

    // Sends `request` on a fresh connection and returns everything answered until the
    // server closes or `timeoutMs` passes.
    QByteArray exchange(const QByteArray &request, int timeoutMs = 5000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_fixture->baseUrl().port()));
        if (!socket.waitForConnected(3000))
            return "not connected";
        socket.write(request);
        QByteArray answer;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))))
                answer += socket.readAll();
        }
        return answer + socket.readAll();
    }

    QByteArray authorised(const QByteArray &method, const QByteArray &path, const QByteArray &extra)
    {
        return method + ' ' + m_fixture->baseUrl().path().toLatin1() + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: Bearer " + m_fixture->apiKey().toLatin1() + "\r\n" + extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    }

    void oversizedBodyIsRefusedFromItsContentLength()
    {
        // 200 MB announced, not one byte of it sent: the answer comes from the header alone.
        const QByteArray answer = exchange(authorised("POST", "/contacts",
            "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n"), 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("\"success\":false"));
        QVERIFY(answer.contains("larger than 1 MB"));
    }

    void hugeHeadersAreRefused()
    {
        const QByteArray answer = exchange(authorised("GET", "/account",
            "X-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n"));
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
    }

    void ambiguousFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}") << QByteArray("400");
        QTest::newRow("length and chunked")
            << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("not a number") << QByteArray("Content-Length: +2\r\n\r\n{}") << QByteArray("400");
        QTest::newRow("chunked only")
            << QByteArray("Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n") << QByteArray("411");
    }

    void ambiguousFramingIsRefused()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, status);
        const QByteArray answer = exchange(authorised("POST", "/contacts", "Content-Type: application/json\r\n" + headers));
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), answer.constData());
    }

    void keepAliveRequestsWithBodiesStillPass()
    {
        // Two requests on one connection, the first with a body: both get their answer.
        const QByteArray body = "{\"name\":\"Kept Alive\",\"phone\":\"+971501234000\"}";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_fixture->baseUrl().port()));
        QVERIFY(socket.waitForConnected(3000));
        socket.write(authorised("POST", "/contacts", "Content-Type: application/json\r\nContent-Length: "
                                                        + QByteArray::number(body.size()) + "\r\n\r\n" + body));
        socket.write(authorised("GET", "/account", "\r\n"));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).count("HTTP/1.1 ") == 2, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 201 "), answer.constData());
        QVERIFY2(answer.contains("HTTP/1.1 200 "), answer.constData());
    }

    void databaseFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        SandboxFixture fixture(options);
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        QCOMPARE(fixture.http().get(QStringLiteral("/account")).status, 200);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString path = options.databasePath + suffix;
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
        }
    }

    void readableOldDatabaseIsClosedUp()
    {
        QTemporaryDir dir;
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.databasePath = dir.filePath(QStringLiteral("old.sqlite"));
        {
            SandboxFixture first(options);
            QVERIFY(first.start());
        }
        QVERIFY(QFile::setPermissions(options.databasePath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        SandboxFixture again(options);
        QVERIFY2(again.start(), qPrintable(again.error()));
        QVERIFY(!(QFile::permissions(options.databasePath) & QFile::ReadOther));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
