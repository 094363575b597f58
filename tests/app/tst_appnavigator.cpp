// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appnavigator.h"
#include "mainwindow.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAppNavigator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow(QSettings &settings)
    {
        auto window = std::make_unique<MainWindow>(settings);
        window->addPane(QStringLiteral("account"), QStringLiteral("Account"), new QLabel);
        window->addPane(QStringLiteral("calendar"), QStringLiteral("Calendar"), new QLabel);
        window->restoreState();
        return window;
    }

private Q_SLOTS:
    void withoutTargetsNothingIsOffered()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        auto window = makeWindow(settings);
        AppNavigator navigator;
        navigator.reset(window.get());
        QVERIFY(!navigator.canOpenContact());
        QVERIFY(!navigator.canOpenConversation());
        QVERIFY(!navigator.canBookAppointment());
        navigator.bookAppointment({42, QStringLiteral("Sarah Johnson")});
        QCOMPARE(window->currentPaneId(), QStringLiteral("account"));
    }

    void bookingSwitchesToTheTargetPaneAndHandsOverTheContact()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        auto window = makeWindow(settings);
        window->setCurrentPane(QStringLiteral("account"));
        AppNavigator navigator;
        navigator.reset(window.get());
        ContactRef received;
        QString paneWhenCalled;
        navigator.setBookingTarget(QStringLiteral("calendar"), [&](const ContactRef &contact) {
            received = contact;
            paneWhenCalled = window->currentPaneId();
        });
        QVERIFY(navigator.canBookAppointment());
        navigator.bookAppointment({42, QStringLiteral("Sarah Johnson")});
        QCOMPARE(received.id, 42);
        QCOMPARE(received.name, QStringLiteral("Sarah Johnson"));
        QCOMPARE(paneWhenCalled, QStringLiteral("calendar"));
    }

    void aNewWindowForgetsTheOldTargets()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        auto window = makeWindow(settings);
        AppNavigator navigator;
        navigator.reset(window.get());
        int calls = 0;
        navigator.setContactTarget(QStringLiteral("calendar"), [&](int) { ++calls; });
        navigator.setConversationTarget(QStringLiteral("calendar"), [&](int) { ++calls; });
        QVERIFY(navigator.canOpenContact());
        auto next = makeWindow(settings);
        navigator.reset(next.get());
        QVERIFY(!navigator.canOpenContact());
        QVERIFY(!navigator.canOpenConversation());
        navigator.openContact(1);
        navigator.openConversation(1);
        QCOMPARE(calls, 0);
    }

    void aDestroyedWindowOffersNothing()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        auto window = makeWindow(settings);
        AppNavigator navigator;
        navigator.reset(window.get());
        int calls = 0;
        navigator.setContactTarget(QStringLiteral("calendar"), [&](int) { ++calls; });
        window.reset();
        QVERIFY(!navigator.canOpenContact());
        navigator.openContact(7);
        QCOMPARE(calls, 0);
    }
};

QTEST_MAIN(TestAppNavigator)
#include "tst_appnavigator.moc"
