// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The "I work as" choice: which panes come first, and the main window reordering its
// navigation without losing a pane or the current one.
#include "mainwindow.h"
#include "paneorder.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList kDeskOrder = {QStringLiteral("inbox"), QStringLiteral("contacts"), QStringLiteral("calendar"),
    QStringLiteral("webhooks"), QStringLiteral("team"), QStringLiteral("account")};
}

class TestPaneOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderForRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QString() << kDeskOrder;
        QTest::newRow("unknown") << QStringLiteral("janitor") << kDeskOrder;
        QTest::newRow("receptionist") << QStringLiteral("receptionist")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("contacts"), QStringLiteral("inbox"),
                   QStringLiteral("webhooks"), QStringLiteral("team"), QStringLiteral("account")};
        QTest::newRow("agent") << QStringLiteral("agent") << kDeskOrder;
        QTest::newRow("admin") << QStringLiteral("admin")
            << QStringList{QStringLiteral("webhooks"), QStringLiteral("team"), QStringLiteral("account"),
                   QStringLiteral("inbox"), QStringLiteral("contacts"), QStringLiteral("calendar")};
    }

    void orderForRole()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, expected);
        QCOMPARE(PaneOrder::apply(role, kDeskOrder), expected);
    }

    void missingPanesAreSkippedAndNoneIsLost()
    {
        const QStringList some = {QStringLiteral("account"), QStringLiteral("team")};
        QCOMPARE(PaneOrder::apply(QStringLiteral("receptionist"), some), some);
        QCOMPARE(PaneOrder::apply(QStringLiteral("admin"), some),
            (QStringList{QStringLiteral("team"), QStringLiteral("account")}));
    }

    void windowReordersItsNavigation()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        for (const QString &id : kDeskOrder) {
            auto *pane = new QLabel(id);
            pane->setObjectName(id);
            window.addPane(id, id.toUpper(), pane);
        }
        window.setCurrentPane(QStringLiteral("contacts"));
        window.orderPanes(PaneOrder::apply(QStringLiteral("admin"), window.paneIds()));
        QCOMPARE(window.paneIds().first(), QStringLiteral("webhooks"));
        QCOMPARE(window.paneIds().size(), kDeskOrder.size());
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(navigation && stack);
        for (int row = 0; row < navigation->count(); ++row) {
            const QString id = window.paneIds().at(row);
            QCOMPARE(navigation->item(row)->data(Qt::UserRole).toString(), id);
            QCOMPARE(stack->widget(row)->objectName(), id);
        }
        // The pane the user was on stays in front of them.
        QCOMPARE(window.currentPaneId(), QStringLiteral("contacts"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contacts"));
        // Every pane is still reachable from the navigation.
        navigation->setCurrentRow(0);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("webhooks"));
    }

    void profileMenuOffersTheChoice()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.setProfileNames({QStringLiteral("front")}, QStringLiteral("front"), false);
        window.setWorkRole(QStringLiteral("agent"));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("workAsMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
        auto *agent = menu->findChild<QAction *>(QStringLiteral("workAs_agent"));
        auto *receptionist = menu->findChild<QAction *>(QStringLiteral("workAs_receptionist"));
        QVERIFY(agent && receptionist);
        QVERIFY(agent->isChecked());
        QSignalSpy requested(&window, &MainWindow::workRoleRequested);
        receptionist->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("receptionist"));
        // Rebuilding the Profile menu keeps the submenu.
        window.setProfileNames({QStringLiteral("front"), QStringLiteral("back")}, QStringLiteral("back"), false);
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("workAsMenu")));
    }
};

QTEST_MAIN(TestPaneOrder)
#include "tst_paneorder.moc"
