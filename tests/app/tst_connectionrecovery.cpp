// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14's connection pieces on the whole client (Desk) and a real sandbox that stops and
// comes back on the same port (its data in a file, so it survives the restart):
// - the server returns: every pane that failed loads again by itself (no Retry, no
//   restart), and the Inbox's Send works again;
// - a write while the server is down goes out once, is refused in plain words ("nothing
//   was sent"), is never queued or resent, and the typed text stays in the reply box.
#include "accountpane.h"
#include "apiclient.h"
#include "calendarpane.h"
#include "composerwidget.h"
#include "connectionstatus.h"
#include "desk.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "recordingnetwork.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionRecovery : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        explicit Run(const QString &settingsPath, const QString &lang = {})
            : settings(settingsPath, QSettings::IniFormat)
        {
            CommandLine commandLine;
            commandLine.language = lang;
            desk = std::make_unique<Desk>(commandLine, Desk::Services{&settings, &keys, nullptr, &network});
        }
        QSettings settings;
        MemoryKeyStore keys;
        RecordingNetwork network;
        std::unique_ptr<Desk> desk;
    };

    Sandbox::Options options() const
    {
        Sandbox::Options o = SandboxFixture::defaultOptions();
        o.seed = QStringLiteral("demo");
        o.rateLimitPerMinute = 10000;
        o.databasePath = m_dir.filePath(QStringLiteral("sandbox%1.db").arg(m_count));
        o.port = m_port;
        return o;
    }

    // A sandbox on a port of its own that stays the same across stop and start.
    bool startSandbox()
    {
        m_sandbox = std::make_unique<SandboxFixture>(options());
        if (!m_sandbox->start())
            return false;
        m_port = quint16(m_sandbox->baseUrl().port());
        return true;
    }

    std::unique_ptr<Run> open(const QString &lang = {})
    {
        // A folder per test: the Inbox keeps unsent replies next to the settings.
        const QString folder = m_dir.filePath(QStringLiteral("run%1").arg(m_count));
        if (!QDir().mkpath(folder))
            return nullptr;
        auto run = std::make_unique<Run>(folder + QStringLiteral("/settings.ini"), lang);
        run->desk->startDemo(ApiConnection{m_url, m_key, ApiConnection::AuthStyle::Bearer});
        if (!QTest::qWaitFor([&] { return run->desk->session()->mainWindow() != nullptr; }, 10000))
            return nullptr;
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("inbox"));
        window->show();
        QApplication::setActiveWindow(window);
        // The Inbox's poll is what first meets the server again: quick, for the test.
        window->findChild<InboxPane *>()->setRefreshIntervals(300, 300, 300);
        return run;
    }

    int sentCount(const QString &text)
    {
        const TestReply reply = m_sandbox->http().get(QStringLiteral("/contacts/42/messages?per_page=100"));
        int count = 0;
        for (const QJsonValue &m : reply.object().value(QStringLiteral("data")).toArray())
            count += m.toObject().value(QStringLiteral("content")).toString() == text;
        return count;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    quint16 m_port = 0;
    int m_count = 0;
    QUrl m_url;
    QString m_key;

private Q_SLOTS:
    void init()
    {
        ++m_count;
        m_port = 0;
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error()));
        m_url = m_sandbox->baseUrl();
        m_key = m_sandbox->apiKey();
    }

    void cleanup() { m_sandbox.reset(); }

    // #14: "After the server returns, the Calendar stays on its error until Retry and Send
    // stays disabled until a restart."
    void everyPaneRecoversWhenTheServerReturns()
    {
        m_sandbox->stop(); // the app starts while the server is down
        auto run = open();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        auto *calendar = window->findChild<CalendarPane *>();
        auto *account = window->findChild<AccountPane *>();
        auto *inbox = window->findChild<InboxPane *>();
        QVERIFY(calendar && account && inbox);
        // The receptionist looks at the calendar (it loads when first shown) and the account.
        window->setCurrentPane(QStringLiteral("calendar"));
        QTRY_VERIFY_WITH_TIMEOUT(!calendar->message().isEmpty(), 20000);
        window->setCurrentPane(QStringLiteral("account"));
        QTRY_VERIFY_WITH_TIMEOUT(account->findChild<QWidget *>(QStringLiteral("errorFrame"))->isVisible(), 20000);
        window->setCurrentPane(QStringLiteral("inbox"));
        inbox->openConversation(42);
        auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QLatin1String("Not connected")), 20000);
        QVERIFY(!calendar->isLoaded());

        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error())); // same port, nobody clicks Retry
        QCOMPARE(m_sandbox->baseUrl(), m_url);
        // Nobody opens another section or clicks Retry: the Inbox's poll meets the server.
        QTRY_VERIFY_WITH_TIMEOUT(calendar->isLoaded(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(account->isLoaded(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), QStringLiteral("Demo sandbox on this computer"), 20000);
        // Send is enabled again once there is text.
        auto *edit = inbox->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        auto *send = inbox->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 20000);
        QTest::keyClicks(edit, QStringLiteral("Back online"));
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 20000);
        // And the other sections no longer show their errors.
        window->setCurrentPane(QStringLiteral("calendar"));
        QTRY_VERIFY(calendar->message().isEmpty());
        window->setCurrentPane(QStringLiteral("account"));
        QTRY_VERIFY(!account->findChild<QWidget *>(QStringLiteral("errorFrame"))->isVisible());
    }

    void statusBarSaysOnlineAndOffline_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    // What the status bar says, in both languages; SKYLIGHT_SCREENSHOT_DIR keeps the shots.
    void statusBarSaysOnlineAndOffline()
    {
        QFETCH(QString, lang);
        auto run = open(lang);
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->resize(1100, 700);
        auto *label = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        ConnectionStatus *status = run->desk->client()->connectionStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionStatus::State::Online, 20000);
        const QString online = label->text();
        QVERIFY(!online.isEmpty());
        QVERIFY(label->toolTip().isEmpty());
        Screenshot::save(window, QStringLiteral("connection/online-%1.png").arg(lang));

        m_sandbox->stop();
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionStatus::State::Offline, 20000);
        QTRY_VERIFY(label->text() != online);
        QVERIFY(!label->toolTip().isEmpty()); // the cause in full
        QCOMPARE(label->textFormat(), Qt::PlainText);
        // Translated: the Arabic words are not the English ones.
        QCOMPARE(label->text().startsWith(QLatin1String("Not connected")), lang == QLatin1String("en"));
        Screenshot::save(window, QStringLiteral("connection/offline-%1.png").arg(lang));
    }

    void aWriteWhileDownIsRefusedNotQueued()
    {
        auto run = open();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        auto *inbox = window->findChild<InboxPane *>();
        inbox->openConversation(42);
        auto *edit = inbox->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        auto *send = inbox->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 20000);
        ConnectionStatus *status = run->desk->client()->connectionStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionStatus::State::Online, 20000);

        m_sandbox->stop();
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionStatus::State::Offline, 20000); // the poll noticed
        const QString text = QStringLiteral("Written while the server was down");
        QTest::keyClicks(edit, text);
        QTRY_VERIFY(send->isEnabled()); // the write still goes out: the server may be back
        run->network.clear();
        send->click();
        auto *reason = inbox->findChild<QLabel *>(QStringLiteral("composerReason"));
        QTRY_VERIFY_WITH_TIMEOUT(reason->isVisible(), 20000);
        QVERIFY2(reason->text().contains(QLatin1String("nothing was sent")), qPrintable(reason->text()));
        QCOMPARE(inbox->composer()->text(), text);
        QCOMPARE(run->network.count(QStringLiteral("/messages/send")), 1); // once, not retried

        // The server returns and everything reloads: the message is still not sent, and
        // nothing resends it behind the user's back.
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error()));
        QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionStatus::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(run->network.count(QStringLiteral("/contacts/42/messages")) > 0, 20000);
        QCOMPARE(run->network.count(QStringLiteral("/messages/send")), 1);
        QCOMPARE(sentCount(text), 0);
        QCOMPARE(inbox->composer()->text(), text);
    }
};

QTEST_MAIN(TestConnectionRecovery)
#include "tst_connectionrecovery.moc"
