// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14's cache-first start on the whole app (docs/offline.md): a Desk signs in to the
// real sandbox and fills its cache; a new message arrives; the sandbox stops and a listener
// that accepts connections and never answers takes its port. A fresh Desk on the same
// profile shows the saved conversations long before the 30 s transfer time-out, says they
// are saved data while the server answers, and when the real sandbox takes the port again
// the Inbox reloads by itself with the new conversation and the line goes.
#include "apiclient.h"
#include "connectionstatus.h"
#include "conversationsmodel.h"
#include "desk.h"
#include "deskrun.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "offlinenotice.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestDeskCacheFirst : public QObject
{
    Q_OBJECT

private:
    // Accepts connections and never answers; closing it drops them.
    struct SilentServer
    {
        bool listen(quint16 port)
        {
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
                while (QTcpSocket *socket = server.nextPendingConnection())
                    sockets.append(socket);
            });
            return server.listen(QHostAddress::LocalHost, port);
        }
        void close()
        {
            server.close();
            qDeleteAll(sockets);
            sockets.clear();
        }
        QTcpServer server;
        QList<QTcpSocket *> sockets;
    };

    static InboxPane *inboxOf(Desk &desk)
    {
        MainWindow *window = desk.session()->mainWindow();
        return window ? window->findChild<InboxPane *>() : nullptr;
    }

    static int rowsOf(Desk &desk)
    {
        InboxPane *inbox = inboxOf(desk);
        return inbox ? inbox->conversationsModel()->rowCount() : -1;
    }

    std::unique_ptr<DeskRun> restart(const QString &lang = {})
    {
        auto run = std::make_unique<DeskRun>(m_settingsPath, lang);
        run->keys.writeKey(kProfile, m_key, run->desk.get(), [](const KeyStore::Result &) {});
        run->desk->start();
        return run;
    }

    const QString kProfile = QStringLiteral("Clinic");
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_settingsPath;
    QString m_key;
    quint16 m_port = 0;
    Sandbox::Options m_options;

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.pinnedNow = QDateTime();
        options.rateLimitPerMinute = 100000;
        // In a file: the data survives the stop, as a real server's would.
        options.databasePath = m_dir.filePath(QStringLiteral("sandbox.db"));
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_port = quint16(m_sandbox->baseUrl().port());
        m_options = options;
        m_options.port = m_port; // the restarted server comes back where the client looks
        m_key = m_sandbox->apiKey();
        m_settingsPath = m_dir.filePath(QStringLiteral("cachefirst.ini"));
    }

    void aSlowServerShowsTheCacheFirstThenFreshData()
    {
        int saved = 0;
        {
            DeskRun first(m_settingsPath);
            first.desk->start();
            SignInDialog *dialog = first.desk->session()->signInDialog();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(kProfile);
            dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(m_sandbox->baseUrl().toString());
            dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(m_key);
            dialog->accept();
            QTRY_VERIFY_WITH_TIMEOUT(inboxOf(*first.desk), 10000);
            first.desk->session()->mainWindow()->setCurrentPane(QStringLiteral("inbox"));
            QTRY_VERIFY_WITH_TIMEOUT(rowsOf(*first.desk) > 0, 10000);
            saved = rowsOf(*first.desk);
        }
        // Newer than the cache: a customer the saved list does not have writes in.
        TestHttp &http = m_sandbox->http();
        const TestReply contact = http.post(QStringLiteral("/contacts"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Late Customer")},
                        {QStringLiteral("phone"), QStringLiteral("+971509990077")}});
        QCOMPARE(contact.status, 201);
        const qint64 contactId = contact.dataObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(contactId),
                           QJsonObject{{QStringLiteral("content"), QStringLiteral("Still open?")}}).status, 201);

        m_sandbox->stop();
        SilentServer silent;
        QVERIFY(silent.listen(m_port));
        std::unique_ptr<DeskRun> run = restart();
        // Far below the 30 s transfer time-out the panes waited for before: only the cache
        // can have answered (the bound is generous for a loaded machine, not a timing goal).
        QTRY_VERIFY_WITH_TIMEOUT(inboxOf(*run->desk), 10000);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("inbox"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*run->desk), saved, 10000);
        auto *notice = window->findChild<OfflineNotice *>();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QLatin1String("Showing what was saved at")), qPrintable(notice->text()));
        QVERIFY(!silent.sockets.isEmpty()); // the server was asked all the same
        Screenshot::save(window, QStringLiteral("offline/cachefirst-en.png"));
        if (Screenshot::wanted()) {
            std::unique_ptr<DeskRun> arabic = restart(QStringLiteral("ar"));
            QTRY_VERIFY_WITH_TIMEOUT(inboxOf(*arabic->desk), 10000);
            arabic->desk->session()->mainWindow()->setCurrentPane(QStringLiteral("inbox"));
            QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*arabic->desk), saved, 10000);
            QTRY_VERIFY(arabic->desk->session()->mainWindow()->findChild<OfflineNotice *>()->isVisible());
            Screenshot::save(arabic->desk->session()->mainWindow(), QStringLiteral("offline/cachefirst-ar.png"));
        }

        // The real server takes the port again: the Inbox's next poll meets it.
        inboxOf(*run->desk)->setRefreshIntervals(300, 300, 300);
        silent.close();
        m_sandbox = std::make_unique<SandboxFixture>(m_options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        // Fresh data: the late customer's conversation, which the cache never had, is on top
        // (the list is ordered by last message). How many further pages the view then asks
        // for depends on its height, so the count is only a floor.
        ConversationsModel *fresh = inboxOf(*run->desk)->conversationsModel();
        QTRY_COMPARE_WITH_TIMEOUT(fresh->rowForContact(contactId), 0, 20000);
        QVERIFY2(rowsOf(*run->desk) >= saved + 1, qPrintable(QString::number(rowsOf(*run->desk))));
        QCOMPARE(run->desk->client()->connectionStatus()->state(), ConnectionStatus::State::Online);
        QTRY_VERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestDeskCacheFirst)
#include "tst_deskcachefirst.moc"
