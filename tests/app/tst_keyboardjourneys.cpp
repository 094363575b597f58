// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 15's "done when", in English and in Arabic, on the whole desk and the demo seed:
// a receptionist books a free slot, reschedules and cancels it, and an agent reads the
// last message of a conversation and replies, with key events and accessibility-tree
// actions alone (no clicks, no calls on the widgets; widgets are only looked up to reach
// their accessible interface or to send them keys). What happened is checked on the server.
#include "bookingdialog.h"
#include "calendarpane.h"
#include "calendarview.h"
#include "desk.h"
#include "deskrun.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"
#include "threadmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUrlQuery>

namespace {
void press(QAccessibleInterface *iface, const QString &action)
{
    QVERIFY(iface);
    QAccessibleActionInterface *actions = iface->actionInterface();
    QVERIFY2(actions && actions->actionNames().contains(action),
        qPrintable(iface->text(QAccessible::Name) + u": no " + action));
    actions->doAction(action);
}

// Moving into a control: its SetFocus action where Qt offers one, otherwise Tab until the
// focus is there (Qt 6.4's lists and combo boxes have no SetFocus action).
void focusThroughTree(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    QAccessibleActionInterface *actions = iface ? iface->actionInterface() : nullptr;
    if (actions && actions->actionNames().contains(QAccessibleActionInterface::setFocusAction())) {
        actions->doAction(QAccessibleActionInterface::setFocusAction());
        return;
    }
    for (int i = 0; i < 80 && !widget->hasFocus(); ++i) {
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : widget->window();
        QTest::keyClick(from, Qt::Key_Tab);
    }
    QVERIFY2(widget->hasFocus(), qPrintable(widget->objectName() + u" not reached with Tab"));
}

void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(k), modifiers);
}

// Start and end minutes of a cell from its name ("…, 09:00–09:30"), in either digit set.
std::pair<int, int> minutesOf(const QString &name)
{
    QString latin = name;
    for (QChar &c : latin) {
        if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            c = QChar(u'0' + (c.unicode() - 0x0660));
    }
    static const QRegularExpression time(QStringLiteral("(\\d{1,2}):(\\d{2})(\\s*[AP]M)?"));
    QList<int> found;
    for (auto it = time.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        const int hour = m.captured(1).toInt() % (m.captured(3).isEmpty() ? 24 : 12);
        found.append((hour + (m.captured(3).endsWith(u"PM") ? 12 : 0)) * 60 + m.captured(2).toInt());
    }
    return found.size() >= 2 ? std::pair { found.at(found.size() - 2), found.last() }
                             : std::pair { -1, -1 };
}

QString freePrefix()
{
    return QCoreApplication::translate("CalendarView", "Free, %1, %2",
        "free slot: lane and day, times").section(QStringLiteral("%1"), 0, 0);
}

// A free slot whose lane has another free slot an hour later (somewhere to move it to).
QAccessibleInterface *freeSlotWithRoomAnHourLater(QAccessibleInterface *grid)
{
    for (int l = 0; l < grid->childCount(); ++l) {
        QAccessibleInterface *lane = grid->child(l);
        QHash<int, QAccessibleInterface *> free;
        for (int i = 0; i < lane->childCount(); ++i) {
            const QString name = lane->child(i)->text(QAccessible::Name);
            if (name.startsWith(freePrefix()))
                free.insert(minutesOf(name).first, lane->child(i));
        }
        for (auto it = free.cbegin(); it != free.cend(); ++it) {
            if (it.key() >= 0 && it.key() + 60 < 23 * 60 && free.contains(it.key() + 60))
                return it.value();
        }
    }
    return nullptr;
}

QAccessibleInterface *bookingOf(QAccessibleInterface *grid, const QString &who, int startMinutes)
{
    for (int l = 0; l < grid->childCount(); ++l) {
        QAccessibleInterface *lane = grid->child(l);
        for (int i = 0; i < lane->childCount(); ++i) {
            const QString name = lane->child(i)->text(QAccessible::Name);
            if (name.contains(who) && minutesOf(name).first == startMinutes)
                return lane->child(i);
        }
    }
    return nullptr;
}

QJsonObject serverBooking(TestHttp &http, qint64 contactId, const QDateTime &start)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("contact_id"), QString::number(contactId));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    for (const QJsonValue &v : http.get(QStringLiteral("/bookings"), query).dataArray()) {
        const QDateTime at = QDateTime::fromString(v.toObject().value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
        if (at == start)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestKeyboardJourneys : public QObject
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
        MainWindow *window = run->window();
        window->show();
        QApplication::setActiveWindow(window);
        return run;
    }

    static Sandbox::Options demoOptions()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 10000;
        return options;
    }

    // The section list's item for a pane, selected the way assistive technology does.
    static void openSection(MainWindow *window, const QString &id)
    {
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(navigation);
        const int row = int(window->paneIds().indexOf(id));
        QVERIFY(row >= 0 && row < list->childCount());
        press(list->child(row), QAccessibleActionInterface::toggleAction());
        QTRY_COMPARE(window->currentPaneId(), id);
    }

    static void languages()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

private Q_SLOTS:
    void aReceptionistBooksReschedulesAndCancels_data() { languages(); }

    void aReceptionistBooksReschedulesAndCancels()
    {
        QFETCH(QString, lang);
        SandboxFixture demo(demoOptions());
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        auto run = start(demo, lang);
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        openSection(window, QStringLiteral("calendar"));
        auto *pane = window->findChild<CalendarPane *>();
        QVERIFY(pane);
        CalendarView *view = pane->view();
        focusThroughTree(view);
        key(Qt::Key_1, Qt::ControlModifier); // day view
        // A booking type, chosen in the toolbar with the keyboard: its free slots show.
        auto *types = pane->findChild<QComboBox *>(QStringLiteral("typeFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(types->count() > 1, 10000);
        focusThroughTree(types);
        key(Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(view->showsAvailability(), 10000);
        // A day with a free slot and an hour later free in the same lane (Alt+Right: next).
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(view);
        QAccessibleInterface *slot = nullptr;
        for (int day = 0; day < 10 && !slot; ++day) {
            const bool found = QTest::qWaitFor(
                [&] { return (slot = freeSlotWithRoomAnHourLater(grid)) != nullptr; }, 3000);
            Q_UNUSED(found) // slot says it
            if (!slot) {
                focusThroughTree(view);
                key(Qt::Key_Right, Qt::AltModifier);
            }
        }
        QVERIFY2(slot, "no free slot with the next hour free in ten days");
        const int startMinutes = minutesOf(slot->text(QAccessible::Name)).first;

        // Book: focus the slot, Enter, type the contact, Enter.
        press(slot, QAccessibleActionInterface::setFocusAction());
        QTRY_VERIFY(view->hasFocus());
        key(Qt::Key_Return);
        QTRY_VERIFY(pane->bookingDialog());
        BookingDialog *dialog = pane->bookingDialog();
        const QDateTime booked = dialog->start();
        // The window system gives a new dialog the keyboard; offscreen has none to do it.
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        focusThroughTree(dialog->findChild<QLineEdit *>(QStringLiteral("contactSearch")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sarah Johnson"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->contact().id, 42, 5000); // the only match: chosen
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->bookingDialog(), 5000);
        QApplication::setActiveWindow(window); // as the window system would, the dialog gone
        QJsonObject onServer = serverBooking(demo.http(), 42, booked.toUTC());
        QVERIFY2(!onServer.isEmpty(), "the booking is not on the server");
        const qint64 id = onServer.value(QStringLiteral("id")).toInteger();
        QCOMPARE(onServer.value(QStringLiteral("status")).toString() == u"cancelled", false);

        // Reschedule an hour later: open it, the time field, Home, Up, Enter.
        QAccessibleInterface *booking = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((booking = bookingOf(grid, QStringLiteral("Sarah Johnson"), startMinutes)), 5000);
        press(booking, QAccessibleActionInterface::setFocusAction());
        key(Qt::Key_Return);
        QTRY_VERIFY(pane->bookingDialog());
        dialog = pane->bookingDialog();
        QVERIFY(dialog->isEditing());
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        focusThroughTree(dialog->findChild<QTimeEdit *>(QStringLiteral("timeEdit")));
        key(Qt::Key_Home);
        key(Qt::Key_Up);
        QCOMPARE(dialog->start(), booked.addSecs(3600));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->bookingDialog(), 5000);
        QApplication::setActiveWindow(window); // as the window system would, the dialog gone
        QJsonObject moved = demo.http().get(QStringLiteral("/bookings/%1").arg(id)).dataObject();
        QCOMPARE(QDateTime::fromString(moved.value(QStringLiteral("starts_at")).toString(), Qt::ISODate),
            booked.addSecs(3600).toUTC());

        // Cancel: focus it, Delete, and Yes pressed through the tree.
        // The moved booking keeps the grid's focus: Delete cancels it.
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(grid->focusChild());
        QVERIFY2(grid->focusChild()->text(QAccessible::Name).contains(QStringLiteral("Sarah Johnson")),
            qPrintable(grid->focusChild()->text(QAccessible::Name)));
        QTRY_COMPARE_WITH_TIMEOUT(minutesOf(grid->focusChild()->text(QAccessible::Name)).first,
            startMinutes + 60, 8000);
        bool answered = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || answered)
                return;
            answered = true;
            QAccessibleInterface *yes = QAccessible::queryAccessibleInterface(box->button(QMessageBox::Yes));
            yes->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        });
        answer.start();
        key(Qt::Key_Delete);
        QTRY_VERIFY(answered);
        answer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(demo.http().get(QStringLiteral("/bookings/%1").arg(id))
                                      .dataObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("cancelled"), 5000);
    }

    void anAgentReadsTheLastMessageAndReplies_data() { languages(); }

    void anAgentReadsTheLastMessageAndReplies()
    {
        QFETCH(QString, lang);
        SandboxFixture demo(demoOptions());
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        auto run = start(demo, lang);
        QVERIFY(run);
        MainWindow *window = run->desk->session()->mainWindow();
        openSection(window, QStringLiteral("inbox"));
        auto *pane = window->findChild<InboxPane *>();
        QVERIFY(pane);
        // Sarah Johnson's conversation, walked to with the arrow keys.
        auto *list = pane->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 10000);
        focusThroughTree(list);
        key(Qt::Key_Home);
        for (int i = 0; i < list->model()->rowCount()
             && !list->currentIndex().data().toString().contains(QStringLiteral("Sarah Johnson"));
             ++i)
            key(Qt::Key_Down);
        QVERIFY(list->currentIndex().data().toString().contains(QStringLiteral("Sarah Johnson")));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->threadModel()->isLoading() && pane->threadModel()->rowCount() > 0, 10000);

        // The last message as a screen reader reads it: direction, sender, time, text.
        auto *messages = pane->findChild<QAbstractItemView *>(QStringLiteral("threadView"));
        QAccessibleInterface *thread = messages ? QAccessible::queryAccessibleInterface(messages) : nullptr;
        if (!thread) {
            for (QAbstractItemView *v : pane->findChildren<QAbstractItemView *>()) {
                QAccessibleInterface *i = QAccessible::queryAccessibleInterface(v);
                if (i->text(QAccessible::Name) == QCoreApplication::translate("ThreadPanel", "Messages"))
                    thread = i;
            }
        }
        QVERIFY(thread);
        QTRY_VERIFY(thread->childCount() > 0);
        const QString last = thread->child(thread->childCount() - 1)->text(QAccessible::Name);
        ThreadModel *model = pane->threadModel();
        const QModelIndex newest = model->index(model->rowCount() - 1, 0);
        const bool inbound = newest.data(ThreadModel::DirectionRole).toString() == u"inbound";
        const QString who = inbound
            ? QCoreApplication::translate("ThreadViewProxy", "From %1").arg(QStringLiteral("Sarah Johnson"))
            : QCoreApplication::translate("ThreadViewProxy", "From us");
        QVERIFY2(last.startsWith(who), qPrintable(last));
        const QString time = QLocale().toString(
            newest.data(ThreadModel::CreatedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(last.contains(time), qPrintable(last + u" / " + time));

        // Reply: Ctrl+R to the reply box, type, Enter.
        const QString reply = QStringLiteral("Journey reply (%1)").arg(lang);
        key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), reply);
        key(Qt::Key_Return);
        const auto sentOnServer = [&] {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
            int n = 0;
            for (const QJsonValue &v : demo.http().get(QStringLiteral("/contacts/42/messages"), query).dataArray())
                n += v.toObject().value(QStringLiteral("content")).toString() == reply;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sentOnServer(), 1, 10000);
        QTest::qWait(1000); // no second copy follows (a retry or a double send)
        QCOMPARE(sentOnServer(), 1);
    }
};

QTEST_MAIN(TestKeyboardJourneys)
#include "tst_keyboardjourneys.moc"
