// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void navigationShowsOnlyAddedPanes()
    {
        QSettings settings(path("nav.ini"), QSettings::IniFormat);
        MainWindow window(settings);
        auto *account = new QLabel(QStringLiteral("account pane"));
        window.addPane(QStringLiteral("account"), QStringLiteral("Account"), account);
        window.restoreState();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), 1);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Account"));
        QCOMPARE(window.currentPaneId(), QStringLiteral("account"));
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), account);
    }

    void goMenuReachesEveryPaneInNavigationOrder()
    {
        QSettings settings(path("go.ini"), QSettings::IniFormat);
        MainWindow window(settings);
        window.addPane(QStringLiteral("account"), QStringLiteral("Account"), new QWidget);
        window.addPane(QStringLiteral("inbox"), QStringLiteral("Inbox"), new QWidget);
        window.addPane(QStringLiteral("calendar"), QStringLiteral("Calendar"), new QWidget);
        window.restoreState();
        auto *go = window.findChild<QMenu *>(QStringLiteral("goMenu"));
        QVERIFY(go);
        // One entry per pane, then (after a separator) Ctrl+K's "Go to or run…", kept last.
        const QList<QAction *> entries = go->actions();
        QCOMPARE(entries.size(), 3 + 2);
        for (int i = 0; i < 3; ++i)
            QVERIFY(entries.at(i)->objectName().startsWith(QLatin1String("go_")));
        QVERIFY(entries.at(3)->isSeparator());
        QCOMPARE(entries.at(4), window.paletteAction());
        QCOMPARE(window.paletteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        auto *calendar = window.findChild<QAction *>(QStringLiteral("go_calendar"));
        QCOMPARE(calendar->shortcut(), QKeySequence(Qt::ALT | Qt::Key_3));
        calendar->trigger();
        QCOMPARE(window.currentPaneId(), QStringLiteral("calendar"));

        // A receptionist's order puts the calendar first: Alt+1 follows the list.
        window.orderPanes({QStringLiteral("calendar"), QStringLiteral("inbox")});
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("go_calendar"))->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_1));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("go_account"))->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_3));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY2(nav->item(0)->toolTip().contains(QKeySequence(Qt::ALT | Qt::Key_1).toString(QKeySequence::NativeText)),
                 "the navigation's tooltip names the shortcut");
        QVERIFY2(!nav->item(0)->icon().isNull(), "known sections have an icon");
        window.findChild<QAction *>(QStringLiteral("go_inbox"))->trigger();
        QCOMPARE(window.currentPaneId(), QStringLiteral("inbox"));
    }

    void shortcutsDialogListsEveryKeyedCommandBySection()
    {
        QSettings settings(path("keys.ini"), QSettings::IniFormat);
        MainWindow window(settings);
        auto *calendar = new QWidget;
        auto *newBooking = new QAction(QStringLiteral("&New booking…"), calendar);
        newBooking->setShortcut(QKeySequence(Qt::Key_N));
        calendar->addAction(newBooking);
        new QAction(QStringLiteral("No key here"), calendar);
        auto *print = new QPushButton(QStringLiteral("&Print day sheet…"), calendar);
        print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
        new QPushButton(QStringLiteral("&Only a mnemonic"), calendar);
        auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), calendar);
        find->setWhatsThis(QStringLiteral("Find bookings"));
        window.addPane(QStringLiteral("account"), QStringLiteral("Account"), new QWidget);
        window.addPane(QStringLiteral("calendar"), QStringLiteral("Calendar"), calendar);

        const auto groups = window.shortcutGroups();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(2).title, QStringLiteral("Calendar"));

        ShortcutsDialog dialog(groups);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutTree"));
        QStringList headings;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            headings.append(tree->topLevelItem(i)->text(0));
        // A section with no keyed command gets no heading.
        QCOMPARE(headings, QStringList({QStringLiteral("Whole window"), QStringLiteral("Calendar")}));
        QTreeWidgetItem *calendarGroup = tree->topLevelItem(1);
        QStringList calendarCommands;
        for (int i = 0; i < calendarGroup->childCount(); ++i)
            calendarCommands.append(calendarGroup->child(i)->text(0));
        calendarCommands.sort();
        // Actions, buttons with a key of their own and described QShortcuts; not a label's Alt+letter.
        QCOMPARE(calendarCommands, (QStringList{QStringLiteral("Find bookings"), QStringLiteral("New booking"),
                                                QStringLiteral("Print day sheet")}));
        bool goShown = false;
        QTreeWidgetItem *windowGroup = tree->topLevelItem(0);
        for (int i = 0; i < windowGroup->childCount(); ++i)
            goShown |= windowGroup->child(i)->text(0) == QStringLiteral("Calendar")
                && windowGroup->child(i)->text(1).contains(QKeySequence(Qt::ALT | Qt::Key_2).toString(QKeySequence::NativeText));
        QVERIFY2(goShown, "the Go menu's keys are listed");

        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        filter->setText(QStringLiteral("booking"));
        QVERIFY(windowGroup->isHidden());
        QVERIFY(!calendarGroup->isHidden());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isHidden());
        filter->setText(QStringLiteral("no such command"));
        QVERIFY(calendarGroup->isHidden());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isHidden());
    }

    void navigationShowsAnUnreadCountWithoutChangingTheSectionName()
    {
        QSettings settings(path("count.ini"), QSettings::IniFormat);
        MainWindow window(settings);
        window.addPane(QStringLiteral("account"), QStringLiteral("Account"), new QWidget);
        window.addPane(QStringLiteral("inbox"), QStringLiteral("Inbox"), new QWidget);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        window.setPaneCount(QStringLiteral("inbox"), 12);
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Inbox (12)"));
        QVERIFY(nav->item(1)->font().bold());
        // Reordering and the shortcut list keep the plain name.
        window.orderPanes({QStringLiteral("inbox")});
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("go_inbox"))->text(), QStringLiteral("Inbox"));
        QCOMPARE(window.shortcutGroups().at(1).title, QStringLiteral("Inbox"));
        window.setPaneCount(QStringLiteral("inbox"), 0);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Inbox"));
        QVERIFY(!nav->item(0)->font().bold());
        window.setPaneCount(QStringLiteral("nosuchpane"), 3); // ignored, no crash
    }

    void plainTextDropsMnemonicsAndEllipsis()
    {
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&Save…")), QStringLiteral("Save"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Print && e&xport...")), QStringLiteral("Print & export"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("استيراد… (&I)")), QStringLiteral("استيراد"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("جهة اتصال جديدة (&N)")), QStringLiteral("جهة اتصال جديدة"));
    }

    void remembersLastPaneAndGeometry()
    {
        const QString file = path("state.ini");
        {
            QSettings settings(file, QSettings::IniFormat);
            MainWindow window(settings);
            window.addPane(QStringLiteral("account"), QStringLiteral("Account"), new QWidget);
            window.addPane(QStringLiteral("team"), QStringLiteral("Team"), new QWidget);
            window.restoreState();
            QCOMPARE(window.currentPaneId(), QStringLiteral("account"));
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
            window.resize(900, 650);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QSettings settings(file, QSettings::IniFormat);
        MainWindow window(settings);
        window.addPane(QStringLiteral("account"), QStringLiteral("Account"), new QWidget);
        window.addPane(QStringLiteral("team"), QStringLiteral("Team"), new QWidget);
        window.restoreState();
        QCOMPARE(window.currentPaneId(), QStringLiteral("team"));
        QCOMPARE(window.size(), QSize(900, 650));
    }

    void demoBannerAndStatus()
    {
        QSettings settings(path("demo.ini"), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("demoBanner"));
        QVERIFY(!banner->isVisible());
        window.setDemoMode(true);
        QVERIFY(banner->isVisible());
        QVERIFY(window.windowTitle().contains(QLatin1String("demo")));
        window.setRateBudget(97, 120, {});
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("rateLabel"))->text(),
                 QStringLiteral("Requests left this minute: 97 of 120"));
        window.setRateBudget(0, 120, QDateTime::currentDateTimeUtc().addSecs(30));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("rateLabel"))->text().startsWith(QLatin1String("Request limit reached")));
        window.setConnectionState(QStringLiteral("Not connected: x"), false);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Not connected: x"));
    }

    void profileMenuSwitchesAndSignsOut()
    {
        QSettings settings(path("menu.ini"), QSettings::IniFormat);
        MainWindow window(settings);
        window.setProfileNames({QStringLiteral("alpha"), QStringLiteral("beta")}, QStringLiteral("alpha"), false);
        QSignalSpy switched(&window, &MainWindow::switchProfileRequested);
        QSignalSpy signedOut(&window, &MainWindow::signOutRequested);
        QMenu *menu = window.menuBar()->actions().constFirst()->menu();
        const auto actions = menu->actions();
        for (QAction *a : actions) {
            if (a->text() == QLatin1String("beta"))
                a->trigger();
            if (a->text() == QLatin1String("Sign &out")) {
                QVERIFY(a->isEnabled());
                a->trigger();
            }
        }
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.at(0).at(0).toString(), QStringLiteral("beta"));
        QCOMPARE(signedOut.size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
