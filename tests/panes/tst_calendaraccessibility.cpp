// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The day grid through the accessibility tree alone (demo seed, clock pinned at
// 2026-03-04T09:00:00Z): lanes, free slots and bookings are named children; the keyboard
// reaches free slots; Enter or Press on one books it with its lane's resource.
#include "accessibleevents.h"
#include "bookingdialog.h"
#include "calendarpanetestbase.h"
#include "calendarview.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QTest>

using namespace CalendarTest;

namespace {
QAccessibleInterface *laneNamed(QAccessibleInterface *grid, const QString &prefix)
{
    for (int i = 0; i < grid->childCount(); ++i) {
        if (grid->child(i)->text(QAccessible::Name).startsWith(prefix))
            return grid->child(i);
    }
    return nullptr;
}

QAccessibleInterface *childNamed(QAccessibleInterface *lane, const QString &name)
{
    for (int i = 0; i < lane->childCount(); ++i) {
        if (lane->child(i)->text(QAccessible::Name) == name)
            return lane->child(i);
    }
    return nullptr;
}
} // namespace

class TestCalendarAccessibility : public QObject, CalendarPaneTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(startSandbox());
    }

    void lanesAndBookingsAreNamedChildren()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        pane->setDate(QDate(2026, 3, 10));
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(pane->view());
        QVERIFY(grid);
        QCOMPARE(grid->text(QAccessible::Name), QStringLiteral("Calendar"));
        QTRY_COMPARE(grid->childCount(), pane->view()->laneCount());
        QAccessibleInterface *lane = laneNamed(grid, QStringLiteral("Dr. Ahmed Al-Rashid"));
        QVERIFY(lane);
        QCOMPARE(lane->role(), QAccessible::List);
        QCOMPARE(lane->text(QAccessible::Name),
            QStringLiteral("Dr. Ahmed Al-Rashid, Tuesday 10 March"));
        QCOMPARE(lane->parent(), grid);
        // Booking 101 of the seed, named in words.
        const QString name = QStringLiteral(
            "Sarah Johnson, 30-Minute Consultation, confirmed, 14:00\u201314:30");
        QTRY_VERIFY(childNamed(lane, name));
        QAccessibleInterface *booking = childNamed(lane, name);
        QCOMPARE(booking->role(), QAccessible::ListItem);
        QCOMPARE(booking->parent(), lane);
        QCOMPARE(lane->indexOfChild(booking) >= 0, true);
        QVERIFY(lane->rect().contains(booking->rect().center()));
        // Press opens it, as Enter would.
        booking->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_VERIFY(pane->bookingDialog());
        QCOMPARE(pane->bookingDialog()->windowTitle(), QStringLiteral("Edit booking"));
        QCOMPARE(pane->view()->selectedId(), qint64(101));
        pane->bookingDialog()->reject();
    }

    void freeSlotsAreChildrenAndPressBooksThem()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        pane->setTypeFilter(0); // no type: no free slots, and the grid says how to get them
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(pane->view());
        QVERIFY(grid->text(QAccessible::Description).contains(QStringLiteral("booking type")));
        pane->setTypeFilter(3);
        QTRY_VERIFY_WITH_TIMEOUT(pane->view()->showsAvailability(), 10000);
        QAccessibleInterface *lane = laneNamed(grid, QStringLiteral("Dr. Sarah Mitchell"));
        QVERIFY(lane);
        // 13:00–15:00 is free on every resource but the first (seed).
        const QString name
            = QStringLiteral("Free, Dr. Sarah Mitchell, Wednesday 4 March, 13:30\u201314:00");
        QAccessibleInterface *free = childNamed(lane, name);
        QVERIFY2(free, qPrintable(name));
        QVERIFY(free->state().focusable);
        QVERIFY(free->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        // Nothing of the lane before 9:00 (now) counts as free.
        for (int i = 0; i < lane->childCount(); ++i)
            QVERIFY(!lane->child(i)->text(QAccessible::Name).contains(QStringLiteral(", 08:")));
        free->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_VERIFY(pane->bookingDialog());
        QCOMPARE(pane->bookingDialog()->windowTitle(), QStringLiteral("New booking"));
        QCOMPARE(pane->bookingDialog()->start(), utc(4, 13, 30));
        QCOMPARE(pane->bookingDialog()->resource(), std::optional<qint64>(2));
        QCOMPARE(pane->bookingDialog()->bookingType(), qint64(3));
        pane->bookingDialog()->reject();
    }

    void arrowKeysReachFreeSlotsAndEnterBooksThem()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        pane->setTypeFilter(3);
        QTRY_VERIFY_WITH_TIMEOUT(pane->view()->showsAvailability(), 10000);
        CalendarView *view = pane->view();
        QApplication::setActiveWindow(pane.get());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        // Walk down the first lane until a free slot has the focus.
        std::optional<CalendarView::Cell> cell;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(view, Qt::Key_Down);
            cell = view->focusedCell();
            if (cell && cell->isFree())
                break;
        }
        QVERIFY(cell && cell->isFree());
        QCOMPARE(view->selectedId(), qint64(0)); // a free slot is not a booking
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(view);
        QAccessibleInterface *focused = grid->focusChild();
        QVERIFY(focused);
        QVERIFY(focused->state().focused);
        QVERIFY(focused->text(QAccessible::Name).startsWith(QStringLiteral("Free, ")));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(pane->bookingDialog());
        QCOMPARE(pane->bookingDialog()->windowTitle(), QStringLiteral("New booking"));
        QCOMPARE(pane->bookingDialog()->start(), cell->start);
        QCOMPARE(pane->bookingDialog()->bookingType(), qint64(3));
        const int lanes = int(pane->view()->laneCount());
        QCOMPARE(pane->bookingDialog()->resource(), std::optional<qint64>(cell->column % lanes + 1));
        pane->bookingDialog()->reject();
        QTRY_VERIFY(!pane->bookingDialog());
        // Left and Right move to a neighbouring lane at about the same time, and back.
        view->setFocus();
        QVERIFY(view->focusedCell());
        QCOMPARE(view->focusedCell()->start, cell->start);
        const bool last = cell->column == lanes - 1;
        QTest::keyClick(view, last ? Qt::Key_Left : Qt::Key_Right);
        QVERIFY(view->focusedCell());
        QVERIFY(last ? view->focusedCell()->column < cell->column
                     : view->focusedCell()->column > cell->column);
        QTest::keyClick(view, last ? Qt::Key_Right : Qt::Key_Left);
        QCOMPARE(view->focusedCell()->column, cell->column);
    }

    // A screen reader follows the focus event of the cell the arrow keys reached, not the
    // grid's own (which never changes while the keys move inside it). Offscreen,
    // QAccessible stays inactive, so the events are watched through AccessibleEvents.
    void focusMovesAreSentForTheFocusedCell()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        pane->setDate(QDate(2026, 3, 10)); // the first lane has free slots and booking 101
        pane->setTypeFilter(3);
        QTRY_VERIFY_WITH_TIMEOUT(pane->view()->showsAvailability(), 10000);
        CalendarView *view = pane->view();
        QApplication::setActiveWindow(pane.get());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QStringList focused; // names of the interfaces that got a Focus event
        AccessibleEvents::setTestObserver([&focused](QAccessibleEvent *event) {
            if (event->type() == QAccessible::Focus)
                focused.append(event->accessibleInterface()->text(QAccessible::Name));
        });
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(view);
        bool sawFree = false;
        bool sawBooking = false;
        for (int i = 0; i < 40 && !(sawFree && sawBooking); ++i) {
            const auto before = view->focusedCell();
            focused.clear();
            QTest::keyClick(view, Qt::Key_Down);
            const auto after = view->focusedCell();
            if (!after || (before && before->isFree() == after->isFree()
                    && before->column == after->column && before->start == after->start
                    && before->bookingId == after->bookingId))
                continue; // did not move (end of the lane)
            QVERIFY(grid->focusChild());
            const QString name = grid->focusChild()->text(QAccessible::Name);
            QCOMPARE(focused, QStringList{name});
            (after->isFree() ? sawFree : sawBooking) = true;
        }
        AccessibleEvents::setTestObserver({});
        QVERIFY2(sawFree, "the keys never reached a free slot");
        QVERIFY2(sawBooking, "the keys never reached a booking");
    }
};

QTEST_MAIN(TestCalendarAccessibility)
#include "tst_calendaraccessibility.moc"
