// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The whole client (Desk: sign-in, main window, Account pane) against the real sandbox on
// 127.0.0.1. Set SKYLIGHT_SCREENSHOT_DIR to also save what the main window looks like.
#include "accountpane.h"
#include "desk.h"
#include "deskrun.h"
#include "fakeconnectiontester.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QDialog>
#include <QTreeWidget>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QListWidget>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestDeskSandbox : public QObject
{
    Q_OBJECT

private:
    static void fill(SignInDialog *dialog, const QString &url, const QString &key)
    {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
        name->setText(QStringLiteral("Sandbox"));
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(url);
        auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        keyEdit->clear();
        QTest::keyClicks(keyEdit, key);
    }

    static AccountPane *waitForAccountPane(Desk &desk)
    {
        if (!QTest::qWaitFor([&] { return desk.session()->mainWindow() != nullptr; }, 10000))
            return nullptr;
        auto *pane = desk.session()->mainWindow()->findChild<AccountPane *>();
        if (!pane || !QTest::qWaitFor([&] { return pane->isLoaded(); }, 10000))
            return nullptr;
        return pane;
    }

    QString settingsPath() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_count)); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void signInWithGoodKeyShowsAccount()
    {
        DeskRun run(settingsPath());
        run.desk->start();
        SignInDialog *dialog = run.desk->session()->signInDialog();
        QVERIFY(dialog);
        fill(dialog, m_sandbox->baseUrl().toString(), m_sandbox->apiKey());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        const QString businessName = m_sandbox->http().get(QStringLiteral("/account")).dataObject()
                                         .value(QStringLiteral("business_name")).toString();
        QVERIFY(!businessName.isEmpty());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(businessName), 10000);
        Screenshot::save(dialog, QStringLiteral("desk/signin-en.png"));
        dialog->accept();
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        QCOMPARE(pane->findChild<QLineEdit *>(QStringLiteral("businessNameEdit"))->text(), businessName);
        QTRY_VERIFY(run.desk->session()->mainWindow()->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                        ->text().contains(businessName));
        QVERIFY(run.keys.contains(QStringLiteral("Sandbox")));
    }

    void signInWithWrongKeyShowsErrorInline()
    {
        DeskRun run(settingsPath());
        run.desk->start();
        SignInDialog *dialog = run.desk->session()->signInDialog();
        fill(dialog, m_sandbox->baseUrl().toString(), QStringLiteral("sk_test_not_a_real_key"));
        dialog->accept();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("API key was not accepted")), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!run.desk->session()->mainWindow());
        QVERIFY(!run.keys.contains(QStringLiteral("Sandbox")));
    }

    void signInToUnreachableServerShowsErrorInline()
    {
        // A port that was free a moment ago: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        DeskRun run(settingsPath());
        run.desk->start();
        SignInDialog *dialog = run.desk->session()->signInDialog();
        fill(dialog, QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port), m_sandbox->apiKey());
        dialog->accept();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Could not reach the server")), 20000);
        QVERIFY(!run.desk->session()->mainWindow());
    }

    void refusedKeyAsksAgainAndKeepsTheUserWhereTheyWere()
    {
        DeskRun run(settingsPath());
        run.desk->start();
        SignInDialog *dialog = run.desk->session()->signInDialog();
        fill(dialog, m_sandbox->baseUrl().toString(), m_sandbox->apiKey());
        dialog->accept();
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        QPointer<MainWindow> window = run.desk->session()->mainWindow();
        auto *name = pane->findChild<QLineEdit *>(QStringLiteral("businessNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Typed before the key was refused"));

        // The server refuses the key once (a revoked key looks the same to the client).
        const TestReply fault = m_sandbox->http().post(
            QStringLiteral("/_sandbox/faults"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 401},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/account/subscription")},
                        {QStringLiteral("count"), 1}});
        QCOMPARE(fault.status, 201);
        pane->reload();
        QTRY_VERIFY_WITH_TIMEOUT(run.desk->session()->signInDialog(), 10000);
        dialog = run.desk->session()->signInDialog();
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->isReadOnly());
        QCOMPARE(run.desk->session()->mainWindow(), window.data());

        QSignalSpy restored(run.desk->session(), &SessionController::connectionRestored);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")), m_sandbox->apiKey());
        dialog->accept();
        QVERIFY(restored.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->findChild<QWidget *>(QStringLiteral("errorFrame"))->isVisible(), 10000);
        QCOMPARE(run.desk->session()->mainWindow(), window.data());
        QCOMPARE(window->currentPaneId(), QStringLiteral("account"));
        QCOMPARE(name->text(), QStringLiteral("Typed before the key was refused"));
        QVERIFY(pane->hasUnsavedChanges());
    }

    void removingAProfileRemovesItsDrafts()
    {
        DeskRun run(settingsPath());
        run.desk->start();
        SignInDialog *dialog = run.desk->session()->signInDialog();
        fill(dialog, m_sandbox->baseUrl().toString(), m_sandbox->apiKey());
        dialog->accept();
        QVERIFY(waitForAccountPane(*run.desk));
        // Unsent replies of this profile and of another one.
        const QString mine = Desk::draftsPath(&run.settings, QStringLiteral("Sandbox"));
        const QString other = Desk::draftsPath(&run.settings, QStringLiteral("Other"));
        QVERIFY(QDir().mkpath(QFileInfo(mine).absolutePath()));
        for (const QString &path : {mine, other}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"42": "Dear customer, about your order"})");
        }
        MainWindow *window = run.desk->session()->mainWindow();
        Q_EMIT window->removeProfileRequested();
        QMessageBox *box = window->findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(run.desk->session()->signInDialog(), 5000);
        QVERIFY(!QFile::exists(mine));
        QVERIFY(QFile::exists(other));
    }

    void statusBarFollowsTheConnection()
    {
        DeskRun run(settingsPath());
        run.desk->startDemo(ApiConnection{m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer});
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        auto *state = run.desk->session()->mainWindow()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QCOMPARE(state->text(), QStringLiteral("Demo sandbox on this computer"));
        // The connection drops for the next requests: the pane says so, and so does the status bar.
        // Enough drops for every attempt of the pane's three requests: QNetworkAccessManager
        // itself resends a request once when a reused connection drops, so how many drops one
        // failed attempt costs depends on how many connections are open (the Inbox's unread
        // count opens one more at sign-in).
        const TestReply fault = m_sandbox->http().post(
            QStringLiteral("/_sandbox/faults"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("drop")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/account*")},
                        {QStringLiteral("count"), 40}});
        QCOMPARE(fault.status, 201);
        pane->reload();
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Not connected")), 20000);
        QVERIFY(pane->findChild<QWidget *>(QStringLiteral("errorFrame"))->isVisible());
        QCOMPARE(m_sandbox->http().del(QStringLiteral("/_sandbox/faults")).status, 200);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Demo sandbox on this computer"), 10000);
        QVERIFY(!pane->findChild<QWidget *>(QStringLiteral("errorFrame"))->isVisible());
    }

    void accountPaneEditsAgainstSandbox()
    {
        DeskRun run(settingsPath());
        run.desk->startDemo(ApiConnection{m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer});
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        auto *name = pane->findChild<QLineEdit *>(QStringLiteral("businessNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Renamed in a test"));
        QSignalSpy saved(pane, &AccountPane::saved);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(m_sandbox->http().get(QStringLiteral("/account")).dataObject()
                     .value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Renamed in a test"));
        QVERIFY(!pane->hasUnsavedChanges());
    }

    void arabicBusinessNameRoundTrips()
    {
        DeskRun run(settingsPath());
        run.desk->startDemo(ApiConnection{m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer});
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        auto *name = pane->findChild<QLineEdit *>(QStringLiteral("businessNameEdit"));
        name->setFocus();
        name->selectAll();
        // Typed through the input method, as an Arabic keyboard layout delivers it
        // (QTest::keyClicks cannot send Arabic text).
        const QString arabic = QStringLiteral("عيادة سكاي لايت");
        QInputMethodEvent typing;
        typing.setCommitString(arabic);
        QCoreApplication::sendEvent(name, &typing);
        QCOMPARE(name->text(), arabic);
        QSignalSpy saved(pane, &AccountPane::saved);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(m_sandbox->http().get(QStringLiteral("/account")).dataObject()
                     .value(QStringLiteral("business_name")).toString(),
                 arabic);
        pane->reload();
        QTRY_VERIFY(pane->isLoaded() && !pane->hasUnsavedChanges());
        QCOMPARE(name->text(), arabic);
    }

    void accountPaneShowsServerValidationAtTheField()
    {
        DeskRun run(settingsPath());
        run.desk->startDemo(ApiConnection{m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer});
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        const QString before = m_sandbox->http().get(QStringLiteral("/account")).dataObject()
                                   .value(QStringLiteral("timezone")).toString();
        auto *zone = pane->findChild<QComboBox *>(QStringLiteral("timezoneCombo"));
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus_Mons"));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        auto *error = pane->findChild<QLabel *>(QStringLiteral("timezoneError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QLatin1String("time zone")));
        QCOMPARE(zone->currentText(), QStringLiteral("Mars/Olympus_Mons")); // nothing typed is lost
        Screenshot::save(pane, QStringLiteral("desk/account-422-en.png"));
        QCOMPARE(m_sandbox->http().get(QStringLiteral("/account")).dataObject()
                     .value(QStringLiteral("timezone")).toString(),
                 before);
    }

    void languageMenuSwitchesToArabicAndBack()
    {
        DeskRun run(settingsPath(), QStringLiteral("en"));
        run.desk->startDemo(ApiConnection{m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer});
        QVERIFY(waitForAccountPane(*run.desk));
        QPointer<MainWindow> english = run.desk->session()->mainWindow();
        Q_EMIT english->languageRequested(QStringLiteral("ar"));
        // A new window is built in Arabic, on the same pane.
        QTRY_VERIFY(!english);
        MainWindow *window = run.desk->session()->mainWindow();
        QVERIFY(window);
        QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window->currentPaneId(), QStringLiteral("account"));
        QCOMPARE(run.settings.value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("demoBanner"))->text().startsWith(QStringLiteral("بيانات")));
        QPointer<MainWindow> arabic = window;
        Q_EMIT window->languageRequested(QStringLiteral("en"));
        QTRY_VERIFY(!arabic);
        QVERIFY(run.desk->session()->mainWindow());
        QCOMPARE(run.desk->session()->mainWindow()->layoutDirection(), Qt::LeftToRight);
        QVERIFY(run.desk->session()->mainWindow()->findChild<QLabel *>(QStringLiteral("demoBanner"))
                    ->text().startsWith(QLatin1String("Demo data")));
    }

    void everyPaneIsInTheWindowInBothDirections_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    // The whole product on demo data: all six panes are in the navigation, each one opens,
    // and each follows the language's direction. With SKYLIGHT_SCREENSHOT_DIR set, every
    // pane is saved as the user would see it.
    void everyPaneIsInTheWindowInBothDirections()
    {
        QFETCH(QString, lang);
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        SandboxFixture demo(options);
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        DeskRun run(settingsPath(), lang);
        run.desk->startDemo(ApiConnection{demo.baseUrl(), demo.apiKey(), ApiConnection::AuthStyle::Bearer});
        QVERIFY(waitForAccountPane(*run.desk));
        MainWindow *window = run.desk->session()->mainWindow();
        window->resize(1280, 800);
        QStringList ids = window->paneIds();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("account"), QStringLiteral("calendar"), QStringLiteral("contacts"),
                                   QStringLiteral("inbox"), QStringLiteral("team"), QStringLiteral("webhooks")}));
        const Qt::LayoutDirection direction = lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
        for (const QString &id : std::as_const(ids)) {
            window->setCurrentPane(id);
            QCOMPARE(window->currentPaneId(), id);
            QWidget *pane = window->findChild<QStackedWidget *>()->currentWidget();
            QVERIFY(pane->isVisible());
            QCOMPARE(pane->layoutDirection(), direction);
            if (id == QLatin1String("inbox")) {
                // The demo inbox has unread messages: the navigation says how many.
                auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
                QTRY_COMPARE_WITH_TIMEOUT(nav->findItems(QStringLiteral("("), Qt::MatchContains).size(), 1, 10000);
                QCOMPARE(nav->findItems(QStringLiteral("("), Qt::MatchContains).first()->data(Qt::UserRole).toString(), id);
            }
            if (Screenshot::wanted()) {
                QVERIFY(waitForShownPaneSettled(*run.desk)); // the pane's first load
                Screenshot::save(window, QStringLiteral("desk/%1-%2.png").arg(id, lang));
            }
        }

        // Help → Keyboard shortcuts lists the real sections' keyed commands.
        window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *shortcuts = window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts);
        auto *tree = shortcuts->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"));
        QStringList sections;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QVERIFY2(tree->topLevelItem(i)->childCount() > 0, qPrintable(tree->topLevelItem(i)->text(0)));
            sections.append(tree->topLevelItem(i)->text(0));
        }
        QVERIFY2(sections.size() >= 5, qPrintable(sections.join(u", "_qs))); // the window, inbox, contacts, calendar, webhooks
        if (Screenshot::wanted()) {
            shortcuts->resize(shortcuts->sizeHint().expandedTo(QSize(520, 560)));
            Screenshot::save(shortcuts, QStringLiteral("desk/shortcuts-%1.png").arg(lang));
        }
        shortcuts->close();
    }

    void mainWindowRendersInBothDirections_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void mainWindowRendersInBothDirections()
    {
        QFETCH(QString, lang);
        // What demo mode shows: the "demo" seed.
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        SandboxFixture demo(options);
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        DeskRun run(settingsPath(), lang);
        run.desk->startDemo(ApiConnection{demo.baseUrl(), demo.apiKey(), ApiConnection::AuthStyle::Bearer});
        AccountPane *pane = waitForAccountPane(*run.desk);
        QVERIFY(pane);
        MainWindow *window = run.desk->session()->mainWindow();
        const bool rtl = lang == QLatin1String("ar");
        QCOMPARE(window->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        QCOMPARE(pane->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        auto *banner = window->findChild<QLabel *>(QStringLiteral("demoBanner"));
        QVERIFY(banner->isVisible());
        // Arabic UI text comes from the Arabic catalogue, not the English source.
        auto *save = pane->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(save->text() == QStringLiteral("&Save"), !rtl);
        // The status bar shows the rate budget the requests so far have left.
        const QString rate = window->findChild<QLabel *>(QStringLiteral("rateLabel"))->text();
        QVERIFY2(!rate.isEmpty() && rate != QStringLiteral("Requests left this minute: 120 of 120"), qPrintable(rate));
        window->resize(1100, 760);
        QTest::qWait(50);
        if (Screenshot::wanted()) {
            Screenshot::save(window, QStringLiteral("desk/account-%1.png").arg(lang));
            FakeConnectionTester tester;
            SignInDialog signIn(tester);
            signIn.setMessage(QCoreApplication::translate("SessionController", "Enter the API key for \"%1\".")
                                  .arg(QStringLiteral("Main branch")));
            signIn.show();
            Screenshot::save(&signIn, QStringLiteral("desk/signin-%1.png").arg(lang));
        }
    }
};

QTEST_MAIN(TestDeskSandbox)
#include "tst_desksandbox.moc"
