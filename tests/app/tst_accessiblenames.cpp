// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every control a keyboard can reach says what it is to a screen reader, in English and in
// Arabic: the whole desk on demo data, each pane's widget tree and the main dialogs walked
// through QAccessible. A control labelled by a QLabel buddy counts as named when QAccessible
// reports that name. Also: the navigation list switches panes when assistive technology
// selects a section.
#include "accountpane.h"
#include "calendarpane.h"
#include "desk.h"
#include "deskrun.h"
#include "fakeconnectiontester.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QDialog>
#include <QDir>
#include <QAction>
#include <QListWidget>
#include <QStackedWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
// "QLineEdit 'contactSearch' in ContactsPane": enough to find the control in the code.
QString describe(QWidget *w)
{
    QString where;
    for (QWidget *p = w->parentWidget(); p && where.isEmpty(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            where = p->objectName();
    }
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), where);
}

// With SKYLIGHT_SCREENSHOT_DIR set, what was walked is saved for the review by eye
// (docs/accessibility.md).
void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u".png"));
}

// Focusable, shown controls whose accessible name is empty. Search fields get a
// character first, so that their clear buttons show.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && edit->isClearButtonEnabled() && edit->text().isEmpty())
            edit->setText(QStringLiteral("x"));
    }
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if ((w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton *>(w))
            || !w->isVisible() || w->isWindow())
            continue;
        // The editor inside a combo box or spin box: assistive technology reads the box.
        if (qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        // A selectable label that shows nothing yet presents nothing to name.
        if (auto *label = qobject_cast<QLabel *>(w); label && label->text().isEmpty())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}
} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<DeskRun> start(SandboxFixture &demo, const QString &lang)
    {
        auto run = std::make_unique<DeskRun>(
            m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_count)), lang);
        if (!run->openDemo(demo))
            return nullptr;
        return run;
    }

    static Sandbox::Options demoOptions()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        return options;
    }

private Q_SLOTS:
    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void everyControlHasAName()
    {
        QFETCH(QString, lang);
        SandboxFixture demo(demoOptions());
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        auto run = start(demo, lang);
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        QStringList unnamed;
        for (const QString &id : window->paneIds()) {
            window->setCurrentPane(id);
            QVERIFY(waitForShownPaneSettled(*run->desk)); // its lists and fields appear
            for (const QString &control : unnamedControls(window))
                unnamed.append(id + u": " + control);
            save(window, QStringLiteral("a11y-%1-%2").arg(id, lang));
            // The pane's main dialog, opened as the user would.
            QWidget *pane = window->findChild<QStackedWidget *>()->currentWidget();
            if (id == u"calendar")
                static_cast<CalendarPane *>(pane)->newBooking(
                    QDateTime::currentDateTimeUtc().addDays(1), std::nullopt);
            else if (auto *button = pane->findChild<QAbstractButton *>(QStringLiteral("newButton")))
                button->click();
            else if (auto *action = pane->findChild<QAction *>(QStringLiteral("newAction")))
                action->trigger();
            else if (auto *settings = pane->findChild<QAction *>(QStringLiteral("inboxSettingsAction")))
                settings->trigger();
            QTest::qWait(300);
            for (QDialog *dialog : window->findChildren<QDialog *>()) {
                if (!dialog->isVisible())
                    continue;
                for (const QString &control : unnamedControls(dialog))
                    unnamed.append(id + u" dialog: " + control);
                save(dialog, QStringLiteral("a11y-%1-dialog-%2").arg(id, lang));
                dialog->reject();
            }
        }
        // The sign-in dialog, as a new profile opens it.
        FakeConnectionTester tester;
        SignInDialog signIn(tester);
        signIn.show();
        for (const QString &control : unnamedControls(&signIn))
            unnamed.append(u"sign-in: " + control);
        save(&signIn, QStringLiteral("a11y-signin-%1").arg(lang));
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void selectingASectionThroughAccessibilitySwitchesThePane()
    {
        SandboxFixture demo(demoOptions());
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        auto run = start(demo, QStringLiteral("en"));
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("account"));
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(navigation);
        QAccessibleInterface *calendar = nullptr;
        for (int i = 0; i < list->childCount(); ++i) {
            if (list->child(i)->text(QAccessible::Name) == QStringLiteral("Calendar"))
                calendar = list->child(i);
        }
        QVERIFY(calendar);
        QAccessibleActionInterface *actions = calendar->actionInterface();
        QVERIFY(actions);
        QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
        actions->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(window->currentPaneId(), QStringLiteral("calendar"));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
