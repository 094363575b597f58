// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Ctrl+K in the real main window (Desk on the demo seed), driven by the keyboard only:
// it opens from every section (also with the focus in a text field), finds sections,
// commands, contacts (server search), conversations and bookings, and carries the choice
// out; recent choices come first next time. In English and Arabic (right to left); with
// SKYLIGHT_SCREENSHOT_DIR set the palette is saved in both.
#include "bookingsmodel.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "commandpalette.h"
#include "commandpalettedialog.h"
#include "contactspane.h"
#include "desk.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "palettemodel.h"
#include "palettesearch.h"
#include "conversationsmodel.h"
#include "deskrun.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"

#include <QAbstractItemView>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A field that claims Ctrl+K for itself, as QLineEdit does on Linux desktops ("delete to
// the end of the line" in the X11 key scheme; offscreen uses another scheme).
class ClaimingEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K)) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};

} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_demo;
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<DeskRun> start(const QString &lang = QStringLiteral("en"))
    {
        auto run = std::make_unique<DeskRun>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_count)), lang);
        if (!run->openDemo(*m_demo))
            return nullptr;
        MainWindow *window = run->window();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return nullptr;
        return run;
    }

    // Ctrl+K as the user presses it: to whatever has the focus.
    static CommandPaletteDialog *pressCtrlK(MainWindow *window)
    {
        // Offscreen has no window manager to give the window back its activation when a
        // dialog closes; a desktop does.
        if (!window->isActiveWindow()) {
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window))
                return nullptr;
        }
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, Qt::Key_K, Qt::ControlModifier);
        CommandPaletteDialog *dialog = window->findChild<CommandPalette *>()->dialog();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    static void type(CommandPaletteDialog *dialog, const QString &text)
    {
        // Key events carrying the text (keyClicks cannot send Arabic).
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(dialog->edit(), &press);
        }
    }

    // Down until the current row is of that kind; false when there is none.
    static bool moveTo(CommandPaletteDialog *dialog, PaletteEntry::Kind kind)
    {
        QListView *list = dialog->list();
        for (int i = 0; i < list->model()->rowCount(); ++i) {
            if (list->currentIndex().data(PaletteModel::KindRole).toInt() == int(kind))
                return true;
            QTest::keyClick(dialog->edit(), Qt::Key_Down);
        }
        return list->currentIndex().data(PaletteModel::KindRole).toInt() == int(kind);
    }

    // Down until the current row is that entry.
    static bool moveToKey(CommandPaletteDialog *dialog, const QString &key)
    {
        QListView *list = dialog->list();
        for (int i = 0; i < list->model()->rowCount(); ++i) {
            if (list->currentIndex().data(PaletteModel::KeyRole).toString() == key)
                return true;
            QTest::keyClick(dialog->edit(), Qt::Key_Down);
        }
        return list->currentIndex().data(PaletteModel::KeyRole).toString() == key;
    }

    static QWidget *currentPane(MainWindow *window)
    {
        return window->findChild<QStackedWidget *>()->currentWidget();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 10000;
        m_demo = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_demo->start(), qPrintable(m_demo->error()));
    }

    void opensFromEverySectionAndGoesToASection_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void opensFromEverySectionAndGoesToASection()
    {
        QFETCH(QString, lang);
        auto run = start(lang);
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        const QStringList ids = window->paneIds();
        for (const QString &id : ids) {
            window->setCurrentPane(id);
            // The focus inside the section (a search field where there is one: line edits
            // claim Ctrl+K for themselves otherwise).
            QWidget *pane = currentPane(window);
            if (auto *field = pane->findChild<QLineEdit *>())
                field->setFocus();
            else
                pane->setFocus();
            QCoreApplication::processEvents();
            CommandPaletteDialog *dialog = pressCtrlK(window);
            QVERIFY2(dialog, qPrintable(id));
            QCOMPARE(dialog->layoutDirection(), lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            QTRY_VERIFY(dialog->edit()->hasFocus());
            // Nothing typed: the sections are there, each with its Alt key.
            QVERIFY(dialog->list()->model()->rowCount() >= ids.size());
            QTest::keyClick(dialog->edit(), Qt::Key_Escape);
            QTRY_VERIFY(!window->findChild<CommandPalette *>()->dialog());
            QCOMPARE(window->currentPaneId(), id); // Esc changed nothing
        }
        // Also from a field that would take Ctrl+K for itself.
        window->setCurrentPane(QStringLiteral("team"));
        auto *claiming = new ClaimingEdit(currentPane(window));
        claiming->show();
        claiming->setFocus();
        QCoreApplication::processEvents();
        CommandPaletteDialog *fromField = pressCtrlK(window);
        QVERIFY(fromField);
        QTest::keyClick(fromField->edit(), Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<CommandPalette *>()->dialog());
        delete claiming;

        // Typing a section's name (in the UI's language, or its English id) and Enter goes there.
        window->setCurrentPane(QStringLiteral("account"));
        for (const QString &target : {QStringLiteral("team"), QStringLiteral("calendar")}) {
            CommandPaletteDialog *dialog = pressCtrlK(window);
            QVERIFY(dialog);
            type(dialog, target == QLatin1String("team") ? window->paneTitle(target) : target);
            QVERIFY(moveTo(dialog, PaletteEntry::Kind::Section));
            QTest::keyClick(dialog->edit(), Qt::Key_Return);
            QCOMPARE(window->currentPaneId(), target);
        }
    }

    void findsAContactOnTheServerAndOpensIt()
    {
        auto run = start();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("calendar"));
        CommandPaletteDialog *dialog = pressCtrlK(window);
        QVERIFY(dialog);
        type(dialog, QStringLiteral("sarah john"));
        // Local rows at once; the server's contact after the pause.
        QTRY_VERIFY_WITH_TIMEOUT(moveTo(dialog, PaletteEntry::Kind::Contact), 5000);
        QCOMPARE(dialog->list()->currentIndex().data().toString(), QStringLiteral("Sarah Johnson"));
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QCOMPARE(window->currentPaneId(), QStringLiteral("contacts"));
        auto *contacts = qobject_cast<ContactsPane *>(currentPane(window));
        QVERIFY(contacts);
        QTRY_COMPARE_WITH_TIMEOUT(contacts->currentContactId(), 42, 5000);

        // Next time, nothing typed: Sarah is first, marked recent, and Enter opens her again.
        window->setCurrentPane(QStringLiteral("account"));
        dialog = pressCtrlK(window);
        QVERIFY(dialog);
        const QModelIndex first = dialog->list()->model()->index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("Sarah Johnson"));
        QVERIFY(first.data(PaletteModel::RecentRole).toBool());
        QCOMPARE(dialog->list()->currentIndex().row(), 0);
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QCOMPARE(window->currentPaneId(), QStringLiteral("contacts"));
    }

    void opensAConversation()
    {
        auto run = start();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("team"));
        CommandPaletteDialog *dialog = pressCtrlK(window);
        QVERIFY(dialog);
        type(dialog, QStringLiteral("sarah"));
        QTRY_VERIFY_WITH_TIMEOUT(moveTo(dialog, PaletteEntry::Kind::Conversation), 5000);
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QCOMPARE(window->currentPaneId(), QStringLiteral("inbox"));
        auto *inbox = qobject_cast<InboxPane *>(currentPane(window));
        QVERIFY(inbox);
        QCOMPARE(inbox->currentContactId(), 42);
    }

    void runsAnotherSectionsCommand()
    {
        auto run = start();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("account"));
        CommandPaletteDialog *dialog = pressCtrlK(window);
        QVERIFY(dialog);
        type(dialog, QStringLiteral("new contact"));
        QVERIFY(moveTo(dialog, PaletteEntry::Kind::Action));
        // The command shows its key, like the Keyboard shortcuts list.
        QCOMPARE(dialog->list()->currentIndex().data(PaletteModel::KeysRole).toString(),
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QCOMPARE(window->currentPaneId(), QStringLiteral("contacts"));
        // The contact dialog opens, as if Ctrl+N had been pressed in Contacts.
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() || currentPane(window)->findChild<QDialog *>(), 3000);
        QDialog *opened = currentPane(window)->findChild<QDialog *>();
        QVERIFY(opened && opened->isVisible());
        opened->reject();
    }

    void opensABookingInTheCalendar()
    {
        auto run = start();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("calendar"));
        auto *calendar = qobject_cast<CalendarPane *>(currentPane(window));
        QVERIFY(calendar);
        QTRY_VERIFY_WITH_TIMEOUT(calendar->isLoaded(), 5000);
        calendar->setMode(CalendarPane::Mode::Week);
        calendar->setDate(QDate(2026, 3, 10)); // booking 101: Sarah Johnson, 10 March 14:00 UTC
        QTRY_VERIFY_WITH_TIMEOUT(calendar->model()->booking(101).has_value(), 5000);
        window->setCurrentPane(QStringLiteral("inbox"));

        CommandPaletteDialog *dialog = pressCtrlK(window);
        QVERIFY(dialog);
        type(dialog, QStringLiteral("sarah 2026-03-10"));
        QVERIFY(moveToKey(dialog, QStringLiteral("booking:101")));
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QCOMPARE(window->currentPaneId(), QStringLiteral("calendar"));
        QCOMPARE(calendar->view()->selectedId(), 101);

        // Weeks later in the calendar the booking is not loaded, but it was chosen lately:
        // the palette offers it first and brings its week back with it selected.
        calendar->setDate(QDate(2026, 4, 20));
        QTRY_VERIFY_WITH_TIMEOUT(!calendar->model()->booking(101).has_value() && calendar->view()->selectedId() != 101, 5000);
        dialog = pressCtrlK(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->currentIndex().data(PaletteModel::KindRole).toInt(), int(PaletteEntry::Kind::Booking));
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QCOMPARE(calendar->date(), QDate(2026, 3, 10));
        QTRY_COMPARE_WITH_TIMEOUT(calendar->view()->selectedId(), 101, 5000);
    }

    // The Inbox's count is in the navigation before the Inbox was ever opened.
    void unreadCountShowsBeforeTheInboxIsOpened()
    {
        auto run = start();
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("account"));
        auto *inbox = window->findChild<InboxPane *>();
        QVERIFY(!inbox->isVisible());
        QUrlQuery unread;
        unread.addQueryItem(QStringLiteral("unread"), QStringLiteral("true"));
        const int total = m_demo->http().get(QStringLiteral("/conversations"), unread).meta()
                              .value(QStringLiteral("total")).toInt();
        QVERIFY(total > 0);
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const int row = int(window->paneIds().indexOf(QStringLiteral("inbox")));
        QTRY_COMPARE_WITH_TIMEOUT(nav->item(row)->text(), QStringLiteral("Inbox (%1)").arg(total), 5000);
        QCOMPARE(inbox->conversationsModel()->rowCount(), 0); // never loaded, never shown
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void screenshots()
    {
        QFETCH(QString, lang);
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SKYLIGHT_SCREENSHOT_DIR is not set");
        QDir().mkpath(dir);
        auto run = start(lang);
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        window->setCurrentPane(QStringLiteral("inbox"));
        // The inbox's first page is in.
        auto *conversations = window->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        QVERIFY(conversations);
        QTRY_VERIFY_WITH_TIMEOUT(conversations->model()->rowCount() > 0, 10000);
        CommandPaletteDialog *dialog = pressCtrlK(window);
        QVERIFY(dialog);
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("palette-empty-%1.png").arg(lang)));
        type(dialog, lang == QLatin1String("ar") ? QStringLiteral("سا") : QStringLiteral("sa"));
        QTRY_VERIFY_WITH_TIMEOUT(!run->desk->session()->mainWindow()->findChild<CommandPalette *>()->search()->isSearching(), 5000);
        QTest::qWait(100);
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("palette-typed-%1.png").arg(lang)));
        window->grab().save(QDir(dir).filePath(QStringLiteral("palette-window-%1.png").arg(lang)));
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
