// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Webhooks pane against the real sandbox, which delivers by real HTTP to a receiver
// inside this test: create, test event, signature check, failures, secret rotation, delete,
// and the secret kept out of logs, settings and the clipboard.
#include "apiclient.h"
#include "deliveriesmodel.h"
#include "deliverydetaildialog.h"
#include "language.h"
#include "restwebhooksapi.h"
#include "sandboxcall.h"
#include "sandboxfixture.h"
#include "secretdialog.h"
#include "signaturecheckerdialog.h"
#include "webhookdialog.h"
#include "webhookspane.h"
#include "webhooksignaturechecker.h"
#include "screenshot.h"
#include "webhooksmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace {

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
// Set before main(): the test runner's own QT_LOGGING_RULES would win over setFilterRules().
const bool g_verboseLogging = qputenv("QT_LOGGING_RULES", "skylight.*=true");

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    if (g_previous)
        g_previous(type, context, message);
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class TestWebhooksPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestWebhooksApi> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Receiver m_receiver;
    QStringList m_secretsSeen;

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

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(captureMessage);
        QVERIFY(g_verboseLogging);
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        m_client->setConnection(connection);
        m_api = std::make_unique<RestWebhooksApi>(m_client.get());
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        qRegisterMetaType<WebhookDelivery>();
    }

    void cleanupTestCase()
    {
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
        qInstallMessageHandler(g_previous);
        m_api.reset();
        m_client.reset();
        m_network.reset();
    }

    void badUrlIsRefusedAtTheField()
    {
        auto pane = makePane();
        pane->newWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, "urlEdit")->setText(QStringLiteral("http://example.com/hooks"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*dialog, "urlError")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "urlError")->text().contains(QLatin1String("https")));
        QVERIFY(child<QLabel>(*dialog, "eventsError")->isVisible());
        QVERIFY(dialog->isVisible());
        // What was typed stays.
        QCOMPARE(child<QLineEdit>(*dialog, "urlEdit")->text(), QStringLiteral("http://example.com/hooks"));
        // Select all ticks every event.
        child<QCheckBox>(*dialog, "selectAllCheck")->click();
        QVERIFY(dialog->input().events->size() > 3);
        QCOMPARE(pane->webhooksModel()->rowCount(), 0);
        dialog->reject();
    }

    void testEventIsDeliveredAndItsSignatureVerifies()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        auto pane = makePane();
        m_receiver.status = 200;
        m_receiver.requests.clear();
        qint64 id = 0;
        const QString path = QStringLiteral("/hooks/first");
        const QString secret = createThroughDialog(*pane, m_receiver.url(path), &id);
        QVERIFY(secret.startsWith(QLatin1String("whsec_")));
        QVERIFY(id > 0);
        // Shown once: the list keeps only the masked form, the clipboard is untouched.
        QVERIFY(!pane->webhooksModel()->webhook(pane->webhooksModel()->rowOf(id)).secret.contains(secret));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));

        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("success"));
        QCOMPARE(delivery.responseStatus.value_or(0), 200);
        QCOMPARE(m_receiver.requestsTo(path).size(), 1);
        const Receiver::Captured got = m_receiver.requestsTo(path).first();
        QCOMPARE(got.event, QStringLiteral("booking.created"));
        QVERIFY(WebhookSignatureChecker::check(got.body, got.signature, secret).matches());
        QVERIFY(WebhookSignatureChecker::check(delivery.requestBody.toUtf8(), got.signature, secret).matches());
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(QLatin1String("200")));

        // The delivery is in the log, selected; the checker dialog verifies it too.
        auto *log = child<QTableView>(*pane, "deliveriesView");
        QTRY_VERIFY(log->currentIndex().isValid());
        QCOMPARE(log->currentIndex().data(DeliveriesModel::IdRole).toLongLong(), delivery.id);
        pane->openSignatureChecker();
        auto *checker = pane->findChild<SignatureCheckerDialog *>();
        QVERIFY(checker);
        QCOMPARE(child<QPlainTextEdit>(*checker, "payloadEdit")->toPlainText(), delivery.requestBody);
        child<QLineEdit>(*checker, "headerEdit")->setText(got.signature);
        child<QLineEdit>(*checker, "secretEdit")->setText(secret);
        QCOMPARE(child<QLineEdit>(*checker, "secretEdit")->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QPushButton>(*checker, "checkButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*checker, "resultLabel")->property("matches").toBool());
        QVERIFY(!child<QLineEdit>(*checker, "expectedEdit")->isVisible());
        child<QLineEdit>(*checker, "secretEdit")->setText(QStringLiteral("whsec_wrong"));
        QTest::mouseClick(child<QPushButton>(*checker, "checkButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(*checker, "resultLabel")->property("matches").toBool());
        QVERIFY(child<QLineEdit>(*checker, "expectedEdit")->isVisible());
        checker->close();

        // The list shows the outcome of the last delivery.
        const int row = pane->webhooksModel()->rowOf(id);
        QTRY_COMPARE(pane->webhooksModel()->index(row, WebhooksModel::LastDeliveryColumn)
                         .data(WebhooksModel::LastStatusRole).toString(), QStringLiteral("success"));
    }

    void copyPutsTheSecretOnTheClipboardOnlyWhenPressed()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        auto pane = makePane();
        pane->newWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        child<QLineEdit>(*dialog, "urlEdit")->setText(m_receiver.url());
        child<QCheckBox>(*dialog, "event_contact.created")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(pane->findChild<SecretDialog *>());
        auto *secretDialog = pane->findChild<SecretDialog *>();
        const QString secret = child<QLineEdit>(*secretDialog, "secretEdit")->text();
        m_secretsSeen.append(secret);
        QVERIFY(child<QLabel>(*secretDialog, "secretWarning")->text().contains(QLatin1String("not be shown again")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QTest::mouseClick(child<QPushButton>(*secretDialog, "copySecretButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QGuiApplication::clipboard()->clear();
        secretDialog->close();
    }

    void failingEndpointGivesAFailedDeliveryWithTheResponse()
    {
        auto pane = makePane();
        m_receiver.status = 500;
        m_receiver.requests.clear();
        qint64 id = 0;
        QVERIFY(!createThroughDialog(*pane, m_receiver.url(QStringLiteral("/hooks/failing")), &id).isEmpty());
        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("failed"));
        QCOMPARE(delivery.responseStatus.value_or(0), 500);
        QVERIFY(delivery.responseBody.contains(QLatin1String("receiver down")));
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(QLatin1String("500")));
        // The detail view shows both bodies; Save writes them to a file.
        auto *log = child<QTableView>(*pane, "deliveriesView");
        QTRY_VERIFY(log->currentIndex().isValid());
        pane->showDeliveryDetail();
        auto *detail = pane->findChild<DeliveryDetailDialog *>();
        QVERIFY(detail);
        QVERIFY(child<QPlainTextEdit>(*detail, "responseBodyView")->toPlainText().contains(QLatin1String("receiver down")));
        QVERIFY(child<QPlainTextEdit>(*detail, "requestBodyView")->toPlainText().contains(QLatin1String("\n    ")));
        const QString path = m_dir.filePath(QStringLiteral("delivery.txt"));
        QVERIFY(detail->saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("receiver down"));
        detail->close();
        // The status filter keeps only failures.
        auto *status = child<QComboBox>(*pane, "statusFilterCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QTRY_VERIFY(!pane->deliveriesModel()->isLoading() && pane->deliveriesModel()->rowCount() > 0);
        for (int r = 0; r < pane->deliveriesModel()->rowCount(); ++r)
            QCOMPARE(pane->deliveriesModel()->index(r, 0).data(DeliveriesModel::StatusCodeRole).toString(), QStringLiteral("failed"));
        status->setCurrentIndex(0);
        m_receiver.status = 200;
    }

    void unreachableEndpointIsAFailedDeliveryNotAFrozenPane()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        auto pane = makePane();
        qint64 id = 0;
        QVERIFY(!createThroughDialog(*pane, QStringLiteral("http://127.0.0.1:%1/gone").arg(closedPort), &id).isEmpty());
        QElapsedTimer timer;
        timer.start();
        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("failed"));
        QVERIFY(!delivery.responseStatus.has_value());
        QVERIFY(!delivery.error.isEmpty());
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY(child<QLabel>(*pane, "messageLabel")->text().contains(delivery.error));
        QVERIFY(child<QAction>(*pane, "testAction")->isEnabled());
    }

    void afterRegenerateTheOldSecretNoLongerVerifies()
    {
        auto pane = makePane();
        m_receiver.status = 200;
        m_receiver.requests.clear();
        qint64 id = 0;
        const QString path = QStringLiteral("/hooks/rotated");
        const QString oldSecret = createThroughDialog(*pane, m_receiver.url(path), &id);
        QVERIFY(!oldSecret.isEmpty());
        pane->regenerateSecret();
        auto *box = pane->findChild<QMessageBox *>(QStringLiteral("confirmRegenerateBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(m_receiver.url(path)));
        QVERIFY(box->text().contains(QLatin1String("stops working at once")));
        QTest::mouseClick(child<QPushButton>(*box, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(pane->findChild<SecretDialog *>());
        auto *secretDialog = pane->findChild<SecretDialog *>();
        const QString newSecret = child<QLineEdit>(*secretDialog, "secretEdit")->text();
        m_secretsSeen.append(newSecret);
        secretDialog->close();
        QVERIFY(newSecret.startsWith(QLatin1String("whsec_")));
        QVERIFY(newSecret != oldSecret);

        const WebhookDelivery delivery = sendTest(*pane, QStringLiteral("booking.created"));
        QCOMPARE(delivery.status, QStringLiteral("success"));
        QCOMPARE(m_receiver.requestsTo(path).size(), 1);
        const Receiver::Captured got = m_receiver.requestsTo(path).first();
        QCOMPARE(WebhookSignatureChecker::check(got.body, got.signature, oldSecret).outcome,
                 WebhookSignatureChecker::Outcome::Mismatch);
        QVERIFY(WebhookSignatureChecker::check(got.body, got.signature, newSecret).matches());
    }

    void deleteAsksNamingTheUrl()
    {
        auto pane = makePane();
        qint64 id = 0;
        const QString url = m_receiver.url(QStringLiteral("/hooks/to-delete"));
        QVERIFY(!createThroughDialog(*pane, url, &id).isEmpty());
        const int before = pane->webhooksModel()->rowCount();
        pane->deleteWebhook();
        auto *box = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(url));
        box->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(pane->webhooksModel()->rowCount(), before);
        pane->selectWebhook(id);
        pane->deleteWebhook();
        box = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(*box, "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE(pane->webhooksModel()->rowCount(), before - 1);
        QCOMPARE(pane->webhooksModel()->rowOf(id), -1);
    }

    void editSavesTheChange()
    {
        auto pane = makePane();
        QVERIFY(pane->webhooksModel()->rowCount() > 0);
        pane->selectWebhook(pane->webhooksModel()->webhook(0).id);
        pane->editWebhook();
        auto *dialog = pane->findChild<WebhookDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, "descriptionEdit")->setText(QStringLiteral("Renamed"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(pane->webhooksModel()->webhook(0).description, QStringLiteral("Renamed"));
    }

    void noButtonIsClippedAtSmallSizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
            for (const QSize &size : {QSize(1000, 700), QSize(800, 600)}) {
                QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
            }
        }
    }

    void noButtonIsClippedAtSmallSizes()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Language languages;
        QVERIFY(languages.apply(language));
        QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        auto pane = makePane();
        pane->resize(size);
        QCoreApplication::processEvents();
        QCOMPARE(pane->size(), size);
        const QRect paneRect = pane->rect();
        const QList<QAbstractButton *> buttons = pane->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (!button->isVisible())
                continue;
            const QString name = button->text() + QLatin1Char('/') + button->objectName();
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(name));
            const QRect onPane(button->mapTo(pane.get(), QPoint(0, 0)), button->size());
            QVERIFY2(paneRect.contains(onPane), qPrintable(name));
        }
        for (const char *table : {"webhooksView", "deliveriesView"})
            QVERIFY2(!child<QTableView>(*pane, table)->horizontalScrollBar()->isVisible(), table);
        // What the toolbar cannot show stays one click away, behind its extension button.
        auto *toolBar = child<QToolBar>(*pane, "webhookActions");
        bool hidden = false;
        const QList<QAction *> actions = toolBar->actions();
        for (QAction *action : actions) {
            QWidget *widget = toolBar->widgetForAction(action);
            hidden = hidden || (widget && !widget->isVisible());
        }
        auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension);
        QCOMPARE(extension->isVisible(), hidden);
        const QString suffix = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
        Screenshot::save(pane.get(), QStringLiteral("webhooks/pane-%1.png").arg(suffix));
        QVERIFY(languages.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void theRememberedStatusFilterApplies()
    {
        {
            auto pane = makePane();
            auto *status = child<QComboBox>(*pane, "statusFilterCombo");
            status->setCurrentIndex(status->findData(QStringLiteral("failed")));
            QCOMPARE(pane->deliveriesModel()->statusFilter(), QStringLiteral("failed"));
        }
        auto pane = makePane();
        QCOMPARE(child<QComboBox>(*pane, "statusFilterCombo")->currentData().toString(), QStringLiteral("failed"));
        // What the box shows is what the log is filtered by.
        QCOMPARE(pane->deliveriesModel()->statusFilter(), QStringLiteral("failed"));
        auto *status = child<QComboBox>(*pane, "statusFilterCombo");
        status->setCurrentIndex(0);
        QCOMPARE(pane->deliveriesModel()->statusFilter(), QString());
    }

    void actionsOutOfSightKeepTheirShortcuts()
    {
        Language languages;
        QVERIFY(languages.apply(QStringLiteral("ar")));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto pane = makePane();
        pane->resize(520, 500);
        pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        QCOMPARE(pane->width(), 520);
        auto *toolBar = child<QToolBar>(*pane, "webhookActions");
        auto *checker = child<QAction>(*pane, "checkerAction");
        QTRY_VERIFY(!toolBar->widgetForAction(checker)->isVisible());
        QVERIFY(toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))->isVisible());
        QVERIFY(checker->toolTip().contains(checker->shortcut().toString(QKeySequence::NativeText)));
        Screenshot::save(pane.get(), QStringLiteral("webhooks/pane-ar-520x500.png"));
        QTest::keyClick(pane.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(pane->findChild<SignatureCheckerDialog *>());
        pane->findChild<SignatureCheckerDialog *>()->close();
        QVERIFY(languages.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void eventDescriptionsAreTranslatedWhenKnown()
    {
        // The server describes its events in English. A known event shows the client's
        // translation; one the client does not know (a newer service) shows the server's text.
        const QString arabicBookingCreated = QStringLiteral("تم إنشاء حجز.");
        const QList<WebhookEvent> events = {
            {QStringLiteral("booking.created"), QStringLiteral("A booking was created.")},
            {QStringLiteral("invoice.paid"), QStringLiteral("An invoice was paid.")}};
        Language language;
        QVERIFY(language.apply(QStringLiteral("ar")));
        {
            WebhookDialog dialog(events, Webhook());
            QCOMPARE(child<QLabel>(dialog, "eventDescription_booking.created")->text(), arabicBookingCreated);
            QCOMPARE(child<QCheckBox>(dialog, "event_booking.created")->toolTip(), arabicBookingCreated);
            QCOMPARE(child<QLabel>(dialog, "eventDescription_invoice.paid")->text(), QStringLiteral("An invoice was paid."));
            QVERIFY(child<QCheckBox>(dialog, "event_invoice.paid"));
        }
        {
            // The pane's test-event list, on the sandbox's own (English) descriptions.
            auto pane = makePane();
            auto *combo = child<QComboBox>(*pane, "testEventCombo");
            const int row = combo->findData(QStringLiteral("booking.created"));
            QVERIFY(row >= 0);
            QCOMPARE(combo->itemData(row, Qt::ToolTipRole).toString(), arabicBookingCreated);
        }
        QVERIFY(language.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        WebhookDialog english(events, Webhook());
        QCOMPARE(child<QLabel>(english, "eventDescription_booking.created")->text(), QStringLiteral("A booking was created."));
        QCOMPARE(child<QLabel>(english, "eventDescription_invoice.paid")->text(), QStringLiteral("An invoice was paid."));
    }

    void screenshots()
    {
        // English, right-to-left with English text, and the real Arabic translation.
        Language language;
        for (const QString &mode : {QStringLiteral("en"), QStringLiteral("rtl"), QStringLiteral("ar")}) {
            const bool rtl = mode != QLatin1String("en");
            if (mode == QLatin1String("ar"))
                QVERIFY(language.apply(QStringLiteral("ar")));
            QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            auto pane = makePane();
            qint64 id = 0;
            QVERIFY(!createThroughDialog(*pane, m_receiver.url(QStringLiteral("/hooks/shots")), &id).isEmpty());
            QCOMPARE(sendTest(*pane, QStringLiteral("booking.created")).status, QStringLiteral("success"));
            QTRY_VERIFY(child<QTableView>(*pane, "deliveriesView")->currentIndex().isValid());
            const QString suffix = QLatin1Char('-') + mode;
            Screenshot::save(pane.get(), QStringLiteral("webhooks/pane%1.png").arg(suffix));
            pane->editWebhook();
            auto *dialog = pane->findChild<WebhookDialog *>();
            Screenshot::save(dialog, QStringLiteral("webhooks/edit%1.png").arg(suffix));
            dialog->reject();
            pane->showDeliveryDetail();
            auto *detail = pane->findChild<DeliveryDetailDialog *>();
            // The values stand next to their captions, on the leading side, in both directions.
            QCOMPARE(child<QLabel>(*detail, "eventValue")->alignment() & (Qt::AlignLeft | Qt::AlignRight),
                rtl ? Qt::AlignRight : Qt::AlignLeft);
            QVERIFY(child<QLabel>(*detail, "eventValue")->alignment() & Qt::AlignAbsolute);
            Screenshot::save(detail, QStringLiteral("webhooks/delivery%1.png").arg(suffix));
            detail->close();
            pane->openSignatureChecker();
            auto *checker = pane->findChild<SignatureCheckerDialog *>();
            child<QLineEdit>(*checker, "headerEdit")->setText(QStringLiteral("sha256=00"));
            child<QLineEdit>(*checker, "secretEdit")->setText(QStringLiteral("whsec_example"));
            checker->check();
            Screenshot::save(checker, QStringLiteral("webhooks/checker%1.png").arg(suffix));
            checker->close();
            pane->deleteWebhook();
            auto *confirmDelete = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
            Screenshot::save(confirmDelete, QStringLiteral("webhooks/confirm-delete%1.png").arg(suffix));
            confirmDelete->reject();
            pane->regenerateSecret();
            auto *confirmRegenerate = pane->findChild<QMessageBox *>(QStringLiteral("confirmRegenerateBox"));
            Screenshot::save(confirmRegenerate, QStringLiteral("webhooks/confirm-regenerate%1.png").arg(suffix));
            confirmRegenerate->reject();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            SecretDialog secret(m_receiver.url(), QStringLiteral("whsec_EXAMPLEexampleEXAMPLE0000"), false);
            Screenshot::save(&secret, QStringLiteral("webhooks/secret%1.png").arg(suffix));
        }
        QVERIFY(language.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestWebhooksPane)
#include "tst_webhookspane.moc"
