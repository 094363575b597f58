// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Webhooks pane tests share: the real sandbox, which delivers by real HTTP to a
// Receiver inside the test; every skylight log line captured, so that a secret that reached
// a log, the settings file or anything but the secret dialog is caught at the end; and the
// pane's steps (load, create through the dialog, send a test event).
#include "panesandboxtestbase.h"
#include "restwebhooksapi.h"
#include "secretdialog.h"
#include "webhookdialog.h"
#include "webhookspane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace WebhooksTest {

// A minimal HTTP endpoint: records each request's body and signature header and answers
// with the status the test chose.
class Receiver : public QObject
{
public:
    struct Captured
    {
        QByteArray path;
        QByteArray body;
        QString signature;
        QString event;
    };

    Receiver()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    Captured c;
                    c.path = lines.value(0).split(' ').value(1);
                    qsizetype length = 0;
                    for (const QByteArray &raw : lines) {
                        const QByteArray line = raw.trimmed();
                        const qsizetype colon = line.indexOf(':');
                        if (colon < 0)
                            continue;
                        const QByteArray name = line.left(colon).trimmed().toLower();
                        const QByteArray value = line.mid(colon + 1).trimmed();
                        if (name == "content-length")
                            length = value.toLongLong();
                        else if (name == "x-skylight-signature")
                            c.signature = QString::fromLatin1(value);
                        else if (name == "x-skylight-event")
                            c.event = QString::fromLatin1(value);
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    c.body = buffer->mid(end + 4, length);
                    requests.append(c);
                    const QByteArray answer = status == 200 ? QByteArray("{\"ok\":true}")
                                                            : QByteArray("{\"error\":\"receiver down\"}");
                    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\n"
                                  "Content-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
                    socket->disconnectFromHost();
                    buffer->clear();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url(const QString &path = QStringLiteral("/hooks")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    // Retries of earlier tests' failed deliveries may still arrive: each test uses its own path.
    QList<Captured> requestsTo(const QString &path) const
    {
        QList<Captured> result;
        for (const Captured &c : requests) {
            if (c.path == path.toLatin1())
                result.append(c);
        }
        return result;
    }

    int status = 200;
    QList<Captured> requests;

private:
    QTcpServer m_server;
};

// Every skylight category at debug level, so a secret that reached any log line is caught.
inline const bool g_verboseLogging = qputenv("QT_LOGGING_RULES", "skylight.*=true");

inline QStringList g_messages;
inline QtMessageHandler g_previous = nullptr;

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace WebhooksTest

class WebhooksPaneTestBase : public PaneSandboxTestBase
{
protected:
    std::unique_ptr<RestWebhooksApi> m_api;
    WebhooksTest::Receiver m_receiver;
    QStringList m_secretsSeen;

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        return PaneTest::child<T>(parent, name);
    }


    std::unique_ptr<WebhooksPane> makePane()
    {
        auto pane = std::make_unique<WebhooksPane>(*m_api, *m_settings);
        pane->resize(1000, 700);
        pane->show();
        QSignalSpy loaded(pane.get(), &WebhooksPane::loaded);
        pane->reload();
        if (!loaded.wait(10000))
            qFatal("webhooks did not load");
        auto *events = child<QComboBox>(*pane, "testEventCombo");
        if (!QTest::qWaitFor([events] { return events->count() > 0; }, 10000))
            qFatal("webhook events did not load");
        return pane;
    }

    // Creates a webhook through the dialog; returns its secret as the secret dialog showed it.
    QString createThroughDialog(WebhooksPane &pane, const QString &url, qint64 *id)
    {
        pane.newWebhook();
        auto *dialog = pane.findChild<WebhookDialog *>();
        if (!dialog)
            return {};
        child<QLineEdit>(*dialog, "urlEdit")->setText(url);
        child<QLineEdit>(*dialog, "descriptionEdit")->setText(QStringLiteral("Test receiver"));
        child<QCheckBox>(*dialog, "event_booking.created")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&pane] { return pane.findChild<SecretDialog *>() != nullptr; }, 10000))
            return {};
        auto *secretDialog = pane.findChild<SecretDialog *>();
        const QString secret = child<QLineEdit>(*secretDialog, "secretEdit")->text();
        m_secretsSeen.append(secret);
        secretDialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        *id = pane.currentWebhookId();
        return secret;
    }

    WebhookDelivery sendTest(WebhooksPane &pane, const QString &event)
    {
        auto *combo = child<QComboBox>(pane, "testEventCombo");
        combo->setCurrentIndex(combo->findData(event));
        QSignalSpy finished(&pane, &WebhooksPane::testDeliveryFinished);
        child<QAction>(pane, "testAction")->trigger();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<WebhookDelivery>();
    }


    // The one sandbox (rate limit out of the way) and the capture of every log line.
    bool startWebhooks()
    {
        WebhooksTest::g_previous = qInstallMessageHandler(WebhooksTest::captureMessage);
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.rateLimitPerMinute = 100000;
        if (!startSandbox(options))
            return false;
        m_api = std::make_unique<RestWebhooksApi>(m_client.get());
        qRegisterMetaType<WebhookDelivery>();
        return true;
    }

    // At the end, with every pane gone: no secret the test saw is in the settings file or
    // in any log line. Called from cleanupTestCase(), whose QVERIFYs these are.
    void verifySecretsStayedOut()
    {
        using namespace WebhooksTest;
        // Every pane has gone, so everything it remembers is in the file now.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!m_secretsSeen.isEmpty());
        for (const QString &secret : std::as_const(m_secretsSeen)) {
            QVERIFY2(!stored.contains(secret.toLatin1()), "a secret reached the settings file");
            for (const QString &message : std::as_const(g_messages))
                QVERIFY2(!message.contains(secret), qPrintable(message));
        }
    }

    void stopWebhooks()
    {
        qInstallMessageHandler(WebhooksTest::g_previous);
        m_api.reset();
        stopClient();
    }
};
