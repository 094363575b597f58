// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// After a whole session (sign in, load, edit, a refused key entered again, sign out) with
// every skylight.* log category switched on, neither the settings file nor anything logged
// contains the API key.
#include "accountpane.h"
#include "apiclient.h"
#include "desk.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QMutex logMutex;
QString capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog += QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ")
        + message + QLatin1Char('\n');
}

} // namespace

class TestKeyLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionLeavesNoKeyInSettingsOrLog()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString key = sandbox.apiKey();
        QVERIFY(key.size() >= 8);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString settingsPath = dir.filePath(QStringLiteral("desk.ini"));
        QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            MemoryKeyStore keys;
            Desk desk(CommandLine{}, Desk::Services{&settings, &keys});
            desk.start();
            SignInDialog *dialog = desk.session()->signInDialog();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("Leak check"));
            dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(sandbox.baseUrl().toString());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")), key);
            dialog->accept();
            QTRY_VERIFY_WITH_TIMEOUT(desk.session()->mainWindow(), 10000);
            auto *pane = desk.session()->mainWindow()->findChild<AccountPane *>();
            QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 10000);

            auto *name = pane->findChild<QLineEdit *>(QStringLiteral("businessNameEdit"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Leak check clinic"));
            QSignalSpy saved(pane, &AccountPane::saved);
            QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(saved.wait(10000));

            // The key refused once and typed in again.
            Q_EMIT desk.client()->unauthorized();
            dialog = desk.session()->signInDialog();
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")), key);
            QSignalSpy restored(desk.session(), &SessionController::connectionRestored);
            dialog->accept();
            QVERIFY(restored.wait(10000));

            desk.session()->signOut();
            QTRY_VERIFY(!keys.contains(QStringLiteral("Leak check")));
            settings.sync();
        }
        qInstallMessageHandler(previous);

        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = file.readAll();
        // The file was written (so the check below means something) ...
        QVERIFY(settingsBytes.contains("Leak%20check") || settingsBytes.contains("Leak check"));
        // ... and holds no key, not even part of one.
        QVERIFY(!settingsBytes.contains(key.toUtf8()));
        QVERIFY(!settingsBytes.contains(key.right(12).toUtf8()));

        const QMutexLocker lock(&logMutex);
        // The log was captured (requests were logged) ...
        QVERIFY2(capturedLog.contains(QLatin1String("/account")), qPrintable(capturedLog.left(2000)));
        // ... and holds no key and no auth header.
        QVERIFY(!capturedLog.contains(key));
        QVERIFY(!capturedLog.contains(key.right(12)));
        QVERIFY(!capturedLog.contains(QLatin1String("Bearer "), Qt::CaseInsensitive));
        QVERIFY(!capturedLog.contains(QLatin1String("X-Api-Key:"), Qt::CaseInsensitive));
    }

    void demoModeKeepsItsKeyInMemoryOnly()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("demo.ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            MemoryKeyStore keys;
            CommandLine commandLine;
            commandLine.sandbox = true;
            Desk desk(commandLine, Desk::Services{&settings, &keys});
            desk.startDemo(ApiConnection{sandbox.baseUrl(), sandbox.apiKey(), ApiConnection::AuthStyle::Bearer});
            QTRY_VERIFY_WITH_TIMEOUT(desk.session()->mainWindow(), 10000);
            auto *pane = desk.session()->mainWindow()->findChild<AccountPane *>();
            QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 10000);
            // Not in the key store either: demo mode never asks it to hold anything.
            QVERIFY(!keys.contains(QString()));
            QVERIFY(desk.session()->currentProfile().isEmpty());
            desk.session()->mainWindow()->close(); // saves geometry and last pane
            settings.sync();
        }
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("lastPane"));
        QVERIFY(!bytes.contains(sandbox.apiKey().toUtf8()));
        QVERIFY(!bytes.contains("profiles"));
    }
};

int main(int argc, char *argv[])
{
    // Every client and sandbox category at debug level: the environment's rules win over
    // QLoggingCategory::setFilterRules(), so they are set before Qt reads them.
    qputenv("QT_LOGGING_RULES", "skylight.*=true;qt.network.*=true");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestKeyLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyleak.moc"
