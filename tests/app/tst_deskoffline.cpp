// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14's offline start: a Desk signs in to the real sandbox and looks at the Inbox,
// Contacts and the Calendar's week; the sandbox stops; a fresh Desk on the same profile
// shows the same data at once, marked with its age, and a write is refused without being
// queued. Signing out or removing the profile deletes the cache file.
#include "apiclient.h"
#include "bookingsmodel.h"
#include "cachestore.h"
#include "calendarpane.h"
#include "contactsmodel.h"
#include "contactspane.h"
#include "conversationsmodel.h"
#include "desk.h"
#include "deskrun.h"
#include "fakeconnectiontester.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "offlinenotice.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestDeskOffline : public QObject
{
    Q_OBJECT

private:
    struct Seen
    {
        int conversations = 0;
        int contacts = 0;
        int bookings = 0;
    };

    // Waits for the three panes to hold rows; what they hold.
    static std::optional<Seen> waitForData(Desk &desk)
    {
        if (!QTest::qWaitFor([&] { return desk.session()->mainWindow() != nullptr; }, 10000))
            return std::nullopt;
        MainWindow *window = desk.session()->mainWindow();
        auto *inbox = window->findChild<InboxPane *>();
        auto *contacts = window->findChild<ContactsPane *>();
        auto *calendar = window->findChild<CalendarPane *>();
        if (!inbox || !contacts || !calendar)
            return std::nullopt;
        // Each section loads when it is first shown: visit them as a user would.
        const QList<std::pair<QString, QAbstractItemModel *>> sections
            = {{QStringLiteral("inbox"), inbox->conversationsModel()},
               {QStringLiteral("contacts"), contacts->model()},
               {QStringLiteral("calendar"), calendar->model()}};
        for (const auto &[id, model] : sections) {
            window->setCurrentPane(id);
            if (!QTest::qWaitFor([model = model] { return model->rowCount() > 0; }, 10000)) {
                qWarning("%s stayed empty", qPrintable(id));
                return std::nullopt;
            }
        }
        return Seen{inbox->conversationsModel()->rowCount(), contacts->model()->rowCount(),
                    calendar->model()->rowCount()};
    }

    void signInOnline(DeskRun &run)
    {
        run.desk->start();
        SignInDialog *dialog = run.desk->session()->signInDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(kProfile);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(m_sandbox->baseUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(m_sandbox->apiKey());
        dialog->accept();
    }

    // A second start of the app on the same settings, the key still in the keychain.
    std::unique_ptr<DeskRun> restart(const QString &settingsPath, const QString &lang = {})
    {
        auto run = std::make_unique<DeskRun>(settingsPath, lang);
        run->keys.writeKey(kProfile, m_sandbox->apiKey(), run->desk.get(), [](const KeyStore::Result &) {});
        run->desk->start();
        return run;
    }

    const QString kProfile = QStringLiteral("Clinic");
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.pinnedNow = QDateTime(); // the demo's bookings around today: the week on screen
        options.rateLimitPerMinute = 100000;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void offlineStartShowsYesterdaysDataAndRemovalDeletesIt()
    {
        const QString settings = m_dir.filePath(QStringLiteral("offline.ini"));
        Seen online;
        QString cacheFile;
        {
            DeskRun first(settings);
            signInOnline(first);
            const std::optional<Seen> seen = waitForData(*first.desk);
            QVERIFY(seen);
            online = *seen;
            cacheFile = first.desk->cachePath(kProfile);
            QVERIFY(first.desk->cache());
            QCOMPARE(first.desk->cache()->filePath(), cacheFile);
            QVERIFY(!first.desk->session()->mainWindow()->findChild<OfflineNotice *>()->isVisible());
        }
        QVERIFY(QFile::exists(cacheFile));

        m_sandbox->stop();
        std::unique_ptr<DeskRun> second = restart(settings);
        const std::optional<Seen> offline = waitForData(*second->desk);
        QVERIFY(offline);
        QCOMPARE(offline->conversations, online.conversations);
        QCOMPARE(offline->contacts, online.contacts);
        QCOMPARE(offline->bookings, online.bookings);
        auto *notice = second->desk->session()->mainWindow()->findChild<OfflineNotice *>();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().startsWith(QLatin1String("Offline: showing what was saved at")));
        QVERIFY(notice->oldestShown().isValid());
        // Answered from the cache, not by the server: the status bar says so too (it said
        // "Connected" while the banner said "Offline" before the cache told ConnectionStatus).
        auto *connection = second->desk->session()->mainWindow()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(connection);
        QTRY_VERIFY2(connection->text().startsWith(QLatin1String("Not connected")), qPrintable(connection->text()));
        Screenshot::save(second->desk->session()->mainWindow(), QStringLiteral("offline/inbox-en.png"));
        if (Screenshot::wanted()) {
            std::unique_ptr<DeskRun> arabic = restart(settings, QStringLiteral("ar"));
            QVERIFY(waitForData(*arabic->desk));
            QTRY_VERIFY(arabic->desk->session()->mainWindow()->findChild<OfflineNotice *>()->isVisible());
            Screenshot::save(arabic->desk->session()->mainWindow(), QStringLiteral("offline/inbox-ar.png"));
        }

        // A write is refused at once and nothing waits to be sent later.
        RestContactsApi contacts(second->desk->client());
        ContactInput input;
        input.name = QStringLiteral("Typed offline");
        input.phone = QStringLiteral("+971501234000");
        input.channel = QStringLiteral("whatsapp");
        std::optional<ApiResult<Contact>> created;
        contacts.create(input, this, [&created](const ApiResult<Contact> &r) { created.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY(!created->isOk());
        QVERIFY(created->error().requestNeverSent);
        QVERIFY(!created->fromCache());

        second->desk->session()->removeProfile(kProfile);
        QVERIFY(!second->desk->cache());
        QVERIFY(!QFile::exists(cacheFile));
        QVERIFY(!QFile::exists(cacheFile + QStringLiteral("-journal")));
        QVERIFY(QDir(QFileInfo(cacheFile).absolutePath()).entryList(QDir::Files).isEmpty());
    }

    void signingOutDeletesTheCache()
    {
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        DeskRun run(m_dir.filePath(QStringLiteral("signout.ini")));
        signInOnline(run);
        QVERIFY(waitForData(*run.desk));
        const QString cacheFile = run.desk->cachePath(kProfile);
        QVERIFY(QFile::exists(cacheFile));
        run.desk->session()->signOut();
        QVERIFY(!run.desk->cache());
        QVERIFY(!QFile::exists(cacheFile));
    }
};

QTEST_MAIN(TestDeskOffline)
#include "tst_deskoffline.moc"
