// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Sign-in, keys and profiles through the SessionController, with an in-memory key store
// and a scripted connection test (no server needed).
#include "apiclient.h"
#include "fakeconnectiontester.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "profilestore.h"
#include "sessioncontroller.h"
#include "sessiononlyprompt.h"
#include "signindialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A key store whose keychain is "not reachable", like a desktop without a Secret Service.
class UnreachableKeyStore final : public KeyStore
{
public:
    void readKey(const QString &, QObject *context, Callback callback) override { fail(context, callback); }
    void writeKey(const QString &, const QString &, QObject *context, Callback callback) override
    {
        ++writes;
        fail(context, callback);
    }
    void removeKey(const QString &, QObject *context, Callback callback) override { fail(context, callback); }
    int writes = 0;

private:
    static void fail(QObject *context, const Callback &callback)
    {
        Result r;
        r.error = ErrorKind::NoKeychain;
        r.errorDetail = QStringLiteral("Could not connect: No such file or directory");
        QMetaObject::invokeMethod(context, [callback, r] { callback(r); }, Qt::QueuedConnection);
    }
};

KeyStore::Result readSync(KeyStore &store, const QString &profile)
{
    KeyStore::Result result;
    bool done = false;
    QObject context;
    store.readKey(profile, &context, [&](const KeyStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 2000))
        qFatal("key store never answered");
    return result;
}

void fillAndSignIn(SignInDialog *dialog, const QString &name, const QString &key)
{
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
    if (!nameEdit->isReadOnly()) {
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
    }
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
    dialog->accept();
}

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private:
    // The session's one pane, as Desk would add it when a window opens.
    static void addAccountPane(SessionController &session)
    {
        connect(&session, &SessionController::sessionOpened, &session, [](MainWindow *w) {
            w->addPane(QStringLiteral("account"), QStringLiteral("Account"), new QWidget);
        });
    }

    // "Use the key for this session only?" answered without a message box.
    struct AnsweringPrompt final : SessionOnlyPrompt
    {
        explicit AnsweringPrompt(bool yes) : yes(yes) {}
        void ask(QWidget *, const KeyStore::Result &, std::function<void(bool)> answer) override
        {
            ++asked;
            answer(yes);
        }
        bool yes;
        int asked = 0;
    };

    struct Fixture
    {
        explicit Fixture(const QString &settingsPath, KeyStore *store = nullptr)
            : settings(settingsPath, QSettings::IniFormat)
            , profiles(settings)
            , client(&network)
            , keyStore(store ? store : &memory)
            , session(SessionController::Services{settings, profiles, *keyStore, client, tester})
        {
            addAccountPane(session);
        }
        QSettings settings;
        ProfileStore profiles;
        QNetworkAccessManager network;
        ApiClient client;
        MemoryKeyStore memory;
        KeyStore *keyStore;
        FakeConnectionTester tester;
        SessionController session;
    };

    QString settingsPath() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_count)); }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void firstRunAsksThenStoresKeyAndProfile()
    {
        Fixture f(settingsPath());
        f.session.start(QString());
        QVERIFY(f.session.signInDialog());
        QVERIFY(!f.session.mainWindow());
        SignInDialog *dialog = f.session.signInDialog();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
                 QStringLiteral("https://dashboard.skylightchat.com/api/v1"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->echoMode(), QLineEdit::Password);
        fillAndSignIn(dialog, QStringLiteral("Main branch"), QStringLiteral("sk_test_good"));
        QTRY_VERIFY(f.session.mainWindow());
        QCOMPARE(f.client.connection().apiKey, QStringLiteral("sk_test_good"));
        QCOMPARE(f.profiles.names(), QStringList{QStringLiteral("Main branch")});
        QCOMPARE(f.profiles.lastUsed(), QStringLiteral("Main branch"));
        QCOMPARE(readSync(f.memory, QStringLiteral("Main branch")).key, QStringLiteral("sk_test_good"));
    }

    void wrongKeyStaysInDialogWithInlineError()
    {
        Fixture f(settingsPath());
        f.session.start(QString());
        SignInDialog *dialog = f.session.signInDialog();
        fillAndSignIn(dialog, QStringLiteral("work"), QStringLiteral("sk_test_wrong"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY(status->text().contains(QLatin1String("not accepted")));
        QVERIFY(dialog->isVisible());
        QVERIFY(!f.session.mainWindow());
        QVERIFY(f.profiles.names().isEmpty());
        QVERIFY(!f.memory.contains(QStringLiteral("work")));
    }

    void showToggleRevealsKey()
    {
        Fixture f(settingsPath());
        f.session.start(QString());
        SignInDialog *dialog = f.session.signInDialog();
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        dialog->findChild<QCheckBox *>(QStringLiteral("showKeyCheck"))->setChecked(true);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        dialog->findChild<QCheckBox *>(QStringLiteral("showKeyCheck"))->setChecked(false);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
    }

    void insecureUrlRefusedBeforeAnyRequest()
    {
        Fixture f(settingsPath());
        f.session.start(QString());
        SignInDialog *dialog = f.session.signInDialog();
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        url->setText(QStringLiteral("http://dashboard.skylightchat.com/api/v1"));
        fillAndSignIn(dialog, QStringLiteral("work"), QStringLiteral("sk_test_good"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("https://")));
        QCOMPARE(f.tester.calls, 0);
    }

    void workRoleOrdersPanesAndIsRemembered()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore profiles(settings);
        QNetworkAccessManager network;
        ApiClient client(&network);
        MemoryKeyStore memory;
        FakeConnectionTester tester;
        SessionController session(SessionController::Services{settings, profiles, memory, client, tester});
        connect(&session, &SessionController::sessionOpened, &session, [](MainWindow *w) {
            for (const char *id : {"inbox", "calendar", "webhooks", "account"})
                w->addPane(QLatin1String(id), QLatin1String(id), new QWidget);
        });
        Profile p;
        p.name = QStringLiteral("work");
        p.workRole = QStringLiteral("admin");
        profiles.save(p);
        profiles.setLastUsed(p.name);
        memory.writeKey(p.name, QStringLiteral("sk_test_good"), this, [](const KeyStore::Result &) {});
        session.start(QString());
        QTRY_VERIFY(session.mainWindow());
        QCOMPARE(session.mainWindow()->paneIds(),
            (QStringList{QStringLiteral("webhooks"), QStringLiteral("account"), QStringLiteral("inbox"),
                QStringLiteral("calendar")}));
        session.setWorkRole(QStringLiteral("receptionist"));
        QCOMPARE(session.mainWindow()->paneIds().first(), QStringLiteral("calendar"));
        QCOMPARE(session.mainWindow()->paneIds().size(), 4);
        QCOMPARE(profiles.profile(QStringLiteral("work"))->workRole, QStringLiteral("receptionist"));
    }

    void savedProfileSignsInWithoutDialog()
    {
        Fixture f(settingsPath());
        Profile p;
        p.name = QStringLiteral("work");
        f.profiles.save(p);
        f.profiles.setLastUsed(p.name);
        f.memory.writeKey(p.name, QStringLiteral("sk_test_good"), this, [](const KeyStore::Result &) {});
        f.session.start(QString());
        QTRY_VERIFY(f.session.mainWindow());
        QVERIFY(!f.session.signInDialog());
        QCOMPARE(f.session.currentProfile(), QStringLiteral("work"));
        auto *label = f.session.mainWindow()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY(label->text().contains(QLatin1String("Glow Beauty Salon")));
    }

    void unauthorizedAsksAgainAndKeepsWindow()
    {
        Fixture f(settingsPath());
        Profile p;
        p.name = QStringLiteral("work");
        f.profiles.save(p);
        f.memory.writeKey(p.name, QStringLiteral("sk_test_old"), this, [](const KeyStore::Result &) {});
        f.tester.goodKey = QStringLiteral("sk_test_old");
        f.session.start(QStringLiteral("work"));
        QTRY_VERIFY(f.session.mainWindow());
        QPointer<MainWindow> window = f.session.mainWindow();
        QSignalSpy restored(&f.session, &SessionController::connectionRestored);

        f.tester.goodKey = QStringLiteral("sk_test_new"); // the old key was revoked
        Q_EMIT f.client.unauthorized();
        QVERIFY(f.session.signInDialog());
        SignInDialog *dialog = f.session.signInDialog();
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->isReadOnly());
        fillAndSignIn(dialog, QString(), QStringLiteral("sk_test_new"));
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(f.session.mainWindow(), window.data()); // same window, same place
        QCOMPARE(f.client.connection().apiKey, QStringLiteral("sk_test_new"));
        QCOMPARE(readSync(f.memory, QStringLiteral("work")).key, QStringLiteral("sk_test_new"));
    }

    void signOutDeletesKey()
    {
        Fixture f(settingsPath());
        f.session.start(QString());
        fillAndSignIn(f.session.signInDialog(), QStringLiteral("work"), QStringLiteral("sk_test_good"));
        QTRY_VERIFY(f.session.mainWindow());
        f.session.signOut();
        QTRY_VERIFY(!f.memory.contains(QStringLiteral("work")));
        QVERIFY(!f.session.mainWindow());
        QVERIFY(f.session.signInDialog());
        QVERIFY(f.client.connection().apiKey.isEmpty());
        QCOMPARE(f.profiles.names(), QStringList{QStringLiteral("work")}); // the profile stays
    }

    void removeProfileDeletesProfileAndKey()
    {
        Fixture f(settingsPath());
        for (const char *name : {"alpha", "beta"}) {
            Profile p;
            p.name = QString::fromLatin1(name);
            f.profiles.save(p);
        }
        f.memory.writeKey(QStringLiteral("alpha"), QStringLiteral("sk_test_good"), this, [](const KeyStore::Result &) {});
        f.memory.writeKey(QStringLiteral("beta"), QStringLiteral("sk_test_good"), this, [](const KeyStore::Result &) {});
        f.session.start(QStringLiteral("alpha"));
        QTRY_VERIFY(f.session.mainWindow());
        f.session.removeProfile(QStringLiteral("alpha"));
        QTRY_VERIFY(!f.memory.contains(QStringLiteral("alpha")));
        QCOMPARE(f.profiles.names(), QStringList{QStringLiteral("beta")});
        // The remaining profile takes over.
        QTRY_COMPARE(f.session.currentProfile(), QStringLiteral("beta"));
        QVERIFY(f.session.mainWindow());
        QVERIFY(f.memory.contains(QStringLiteral("beta")));
    }

    void switchProfileUsesItsOwnKey()
    {
        Fixture f(settingsPath());
        for (const char *name : {"alpha", "beta"}) {
            Profile p;
            p.name = QString::fromLatin1(name);
            f.profiles.save(p);
        }
        f.memory.writeKey(QStringLiteral("alpha"), QStringLiteral("sk_test_good"), this, [](const KeyStore::Result &) {});
        f.memory.writeKey(QStringLiteral("beta"), QStringLiteral("sk_test_beta"), this, [](const KeyStore::Result &) {});
        f.session.start(QStringLiteral("alpha"));
        QTRY_VERIFY(f.session.mainWindow());
        f.session.switchProfile(QStringLiteral("beta"));
        QTRY_COMPARE(f.session.currentProfile(), QStringLiteral("beta"));
        QCOMPARE(f.client.connection().apiKey, QStringLiteral("sk_test_beta"));
        QCOMPARE(f.profiles.lastUsed(), QStringLiteral("beta"));
    }

    void noKeychainOffersSessionOnly()
    {
        UnreachableKeyStore unreachable;
        Fixture f(settingsPath(), &unreachable);
        // The question the user gets; answering "this session only".
        AnsweringPrompt prompt(true);
        SessionController::Services services{f.settings, f.profiles, unreachable, f.client, f.tester, &prompt};
        SessionController session(std::move(services));
        session.start(QString());
        fillAndSignIn(session.signInDialog(), QStringLiteral("work"), QStringLiteral("sk_test_good"));
        QTRY_VERIFY(session.mainWindow());
        QCOMPARE(prompt.asked, 1);
        QCOMPARE(unreachable.writes, 1);
        QCOMPARE(f.client.connection().apiKey, QStringLiteral("sk_test_good"));
        // Nothing resembling the key went into the settings file.
        f.settings.sync();
        QFile file(f.settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk_test_good"));
    }

    void noKeychainDeclinedAsksAgain()
    {
        UnreachableKeyStore unreachable;
        Fixture f(settingsPath(), &unreachable);
        AnsweringPrompt prompt(false);
        SessionController::Services services{f.settings, f.profiles, unreachable, f.client, f.tester, &prompt};
        SessionController session(std::move(services));
        session.start(QString());
        fillAndSignIn(session.signInDialog(), QStringLiteral("work"), QStringLiteral("sk_test_good"));
        QTRY_VERIFY(session.signInDialog());
        QTest::qWait(50);
        QVERIFY(!session.mainWindow());
        QVERIFY(f.client.connection().apiKey.isEmpty());
    }

    void cancellingFirstSignInFinishes()
    {
        Fixture f(settingsPath());
        QSignalSpy finished(&f.session, &SessionController::finished);
        f.session.start(QString());
        f.session.signInDialog()->reject();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
