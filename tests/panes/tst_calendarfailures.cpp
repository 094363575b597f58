// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Calendar pane when things go wrong or grow large, against the real sandbox: a drag
// the server refuses, the list view's filters, bookings of a type or resource that is no
// longer listed, a week of more than 100 bookings, and the server gone.
#include "bookingdialog.h"
#include "bookingeditor.h"
#include "bookingsfiltermodel.h"
#include "bookingsmodel.h"
#include "calendarlistview.h"
#include "calendarpanetestbase.h"
#include "calendarview.h"
#include "countingbookingsapi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace CalendarTest;

namespace {
// The server's lists without type 3 and resource 2, as after they were removed: bookings
// made with them still exist and still come back from GET /bookings.
class ForgetfulBookingsApi final : public BookingsApi
{
public:
    explicit ForgetfulBookingsApi(BookingsApi &inner)
        : m_inner(inner)
    {
    }
    void list(
        const BookingQuery &query, QObject *context, ApiCallback<Page<Booking>> callback) override
    {
        m_inner.list(query, context, std::move(callback));
    }
    void get(qint64 id, QObject *context, ApiCallback<Booking> callback) override
    {
        m_inner.get(id, context, std::move(callback));
    }
    void create(const BookingInput &input, QObject *context, ApiCallback<Booking> callback) override
    {
        m_inner.create(input, context, std::move(callback));
    }
    void update(qint64 id, const BookingInput &input, QObject *context,
        ApiCallback<Booking> callback) override
    {
        m_inner.update(id, input, context, std::move(callback));
    }
    void cancel(qint64 id, QObject *context, ApiCallback<Booking> callback) override
    {
        m_inner.cancel(id, context, std::move(callback));
    }
    void listTypes(QObject *context, ApiCallback<QList<BookingType>> callback) override
    {
        m_inner.listTypes(context, [callback](const ApiResult<QList<BookingType>> &result) {
            if (!result)
                return callback(result);
            QList<BookingType> kept = result.value();
            kept.removeIf([](const BookingType &t) { return t.id == 3; });
            callback(ApiResult<QList<BookingType>>(kept));
        });
    }
    void listResources(QObject *context, ApiCallback<QList<Resource>> callback) override
    {
        m_inner.listResources(context, [callback](const ApiResult<QList<Resource>> &result) {
            if (!result)
                return callback(result);
            QList<Resource> kept = result.value();
            kept.removeIf([](const Resource &r) { return r.id == 2; });
            callback(ApiResult<QList<Resource>>(kept));
        });
    }
    void availability(const AvailabilityQuery &query, QObject *context,
        ApiCallback<AvailabilityDay> callback) override
    {
        m_inner.availability(query, context, std::move(callback));
    }

private:
    BookingsApi &m_inner;
};

QList<qint64> tableIds(const CalendarPane &pane, int role = BookingsModel::IdRole)
{
    const QAbstractItemModel *rows = pane.listView()->table()->model();
    QList<qint64> ids;
    for (int row = 0; row < rows->rowCount(); ++row)
        ids.append(rows->index(row, 0).data(role).toLongLong());
    return ids;
}
} // namespace

class TestCalendarFailures : public QObject, protected CalendarPaneTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The week of more than 100 bookings is made through the API.
        QVERIFY2(startSandbox(1000), qPrintable(m_fixture->error()));
    }

    void init() { m_settings.clear(); }
    void cleanupTestCase() { m_settings.clear(); }

    void aDragTheServerRefusesPutsTheBlockBack()
    {
        const qint64 id = postBooking(4, utc(4, 13));
        QVERIFY(id > 0);
        auto pane = makePane(CalendarPane::Mode::Day);
        // Taken behind the pane's back: its overlap pre-check cannot know.
        QVERIFY(postBooking(4, utc(4, 14), 3, 7) > 0);
        CalendarView *view = pane->view();
        view->scrollToMinutes(12 * 60);
        const QRect block = view->bookingRect(id);
        QVERIFY(!block.isNull());
        const QPoint from = block.topLeft() + QPoint(10, 2);
        const QPoint to = from
            + QPoint(0, view->pointFor(utc(4, 14), 4).y() - view->pointFor(utc(4, 13), 4).y());
        QSignalSpy refused(pane.get(), &CalendarPane::moveRefused);
        QSignalSpy saved(pane.get(), &CalendarPane::bookingSaved);
        sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseMove, from + QPoint(0, 20), Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseMove, to, Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton);
        QVERIFY(refused.wait(10000));
        QCOMPARE(saved.count(), 0);
        // The block is back where it was, the pane says why, the server kept the old time.
        QCOMPARE(view->bookingRect(id), block);
        QCOMPARE(pane->model()->booking(id)->startsAt, utc(4, 13));
        QVERIFY2(pane->message().startsWith(QStringLiteral("The booking was not moved:")),
            qPrintable(pane->message()));
        QVERIFY2(
            pane->message().contains(QStringLiteral("not available")), qPrintable(pane->message()));
        // Refused for what it is, not for a network fault: nothing to retry.
        QVERIFY(!pane->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QCOMPARE(serverBooking(id).value(QStringLiteral("starts_at")).toString(),
            QStringLiteral("2026-03-04T13:00:00.000000Z"));
    }

    void theListViewHonoursTheFilters()
    {
        // First in the list (ordered by start), so on its first page of 50.
        const qint64 id = postBooking(3, utc(2, 6));
        QVERIFY(id > 0);
        QCOMPARE(m_fixture->http().post(QStringLiteral("/bookings/%1/cancel").arg(id)).status, 200);
        auto pane = makePane(CalendarPane::Mode::List);
        QTRY_VERIFY(pane->model()->booking(id).has_value()); // loaded, just not shown
        QVERIFY(!tableIds(*pane).isEmpty());
        QVERIFY(!tableIds(*pane).contains(id));
        for (int row = 0; row < pane->listView()->table()->model()->rowCount(); ++row)
            QVERIFY(
                pane->listView()->table()->model()->index(row, 0).data(BookingsModel::StatusRole)
                != QStringLiteral("cancelled"));
        pane->setShowCancelled(true);
        QVERIFY(tableIds(*pane).contains(id));
        pane->setShowCancelled(false);
        QVERIFY(!tableIds(*pane).contains(id));

        // Type and resource narrow the list exactly as they narrow the week.
        pane->setTypeFilter(1);
        QVERIFY(!tableIds(*pane).isEmpty());
        for (const qint64 type : tableIds(*pane, BookingsModel::TypeIdRole))
            QCOMPARE(type, qint64(1));
        pane->setTypeFilter(0);
        pane->setResourceFilter(2);
        QVERIFY(!tableIds(*pane).isEmpty());
        for (const qint64 resource : tableIds(*pane, BookingsModel::ResourceIdRole))
            QCOMPARE(resource, qint64(2));
        QList<qint64> shown;
        for (const Booking &b : pane->visibleBookings())
            shown.append(b.id);
        QCOMPARE(tableIds(*pane), shown);
    }

    void bookingsOfAnUnlistedTypeOrResourceStillShow()
    {
        ForgetfulBookingsApi forgetful(*m_bookings);
        auto pane = makePane(CalendarPane::Mode::Week, &forgetful);
        QList<Booking> orphans;
        for (const Booking &b : pane->model()->bookings()) {
            if ((b.bookingTypeId == 3 || b.resourceId == 2) && b.status != u"cancelled")
                orphans.append(b);
        }
        QVERIFY(!orphans.isEmpty());
        QCOMPARE(pane->view()->laneCount(), 7 * 4); // resources 1, 3, 4 and "Other"
        for (const Booking &b : std::as_const(orphans))
            QVERIFY2(!pane->view()->bookingRect(b.id).isNull(), qPrintable(b.title));
        const Booking orphan = *std::find_if(orphans.cbegin(), orphans.cend(),
            [](const Booking &b) { return b.bookingTypeId == 3 && b.resourceId == 2; });
        pane->view()->setSelectedId(orphan.id);
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailType"))->text(),
            QStringLiteral("Type #3"));
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailResource"))->text(),
            QStringLiteral("Resource #2"));
        pane->setMode(CalendarPane::Mode::List);
        QTRY_VERIFY(pane->listView()->table()->model()->rowCount() > 0);
        const QAbstractItemModel *rows = pane->listView()->table()->model();
        bool listed = false;
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(BookingsModel::TypeIdRole).toLongLong() == 3) {
                listed = true;
                const QString type = rows->index(row, BookingsModel::TypeColumn).data().toString();
                QVERIFY2(type.contains(QStringLiteral("Type #3")), qPrintable(type));
            }
        }
        QVERIFY(listed);
    }

    void aBookingOfAVanishedTypeOrResourceStillShows()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        QCOMPARE(pane->view()->laneCount(), 4);
        Booking ghost;
        ghost.id = 999999;
        ghost.contactId = 42;
        ghost.bookingTypeId = 77;
        ghost.resourceId = 99;
        ghost.startsAt = utc(4, 13);
        ghost.endsAt = utc(4, 13, 30);
        ghost.status = QStringLiteral("confirmed");
        pane->model()->upsert(ghost);
        QCOMPARE(pane->view()->laneCount(), 5); // an "Other" lane
        QVERIFY(!pane->view()->bookingRect(ghost.id).isNull());
        QVERIFY(pane->model()->resourceName(99).contains(QStringLiteral("99")));
    }

    void aWeekOfMoreThan100BookingsShowsThemAll()
    {
        int made = 0;
        for (int day = 16; day <= 20; ++day) {
            for (int resource = 1; resource <= 4; ++resource) {
                for (int slot = 0; slot < 7; ++slot)
                    made += postBooking(resource,
                                QDateTime(QDate(2026, 3, day), QTime(slot / 2, slot % 2 * 30),
                                    QTimeZone::utc()),
                                2, 1 + slot)
                        > 0;
            }
        }
        QCOMPARE(made, 140);
        CountingBookingsApi counting(*m_bookings);
        auto pane = makePane(CalendarPane::Mode::Week, &counting);
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        const int before = counting.lists;
        pane->setDate(QDate(2026, 3, 18));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(counting.lists - before, 2); // 100 + 40
        QCOMPARE(pane->model()->rowCount(), 140);
        QCOMPARE(pane->visibleBookings().size(), 140);
        for (const Booking &b : pane->visibleBookings())
            QVERIFY(!pane->view()->bookingRect(b.id).isNull());
    }

    // Last: it stops the server (which comes back with a fresh demo seed).
    void aNetworkFailureLeavesTheViewUsable()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        m_fixture->stop();
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        pane->step(1);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->message().isEmpty(), 20000);
        QVERIFY2(pane->message().contains(QStringLiteral("Could not reach the server")),
            qPrintable(pane->message()));
        auto *retry = pane->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QCOMPARE(pane->date(), QDate(2026, 3, 5)); // the navigation happened; only data is missing
        QVERIFY(pane->view()->isEnabled());

        // Still usable: a booking typed now is refused for the network and kept.
        pane->newBooking(utc(5, 13), 3);
        BookingDialog *dialog = pane->bookingDialog();
        QVERIFY(dialog);
        dialog->setContact({ 42, QStringLiteral("Sarah Johnson") });
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("Call back first"));
        QSignalSpy failed(dialog, &BookingDialog::saveFailed);
        dialog->save();
        QVERIFY(failed.wait(20000));
        auto *general = dialog->findChild<QLabel *>(QStringLiteral("generalError"));
        QVERIFY(general->isVisible());
        QVERIFY2(general->text().contains(QStringLiteral("Could not reach the server")),
            qPrintable(general->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))->toPlainText(),
            QStringLiteral("Call back first"));
        dialog->reject();

        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        connectClient();
        retry->click();
        QVERIFY(loaded.wait(15000));
        QVERIFY(pane->message().isEmpty());
        QVERIFY(!pane->visibleBookings().isEmpty());
    }

    void aFailedCatalogueLoadsAgainWithTheNextRefresh()
    {
        // The server is away when the calendar first opens, so its types, resources and
        // account fail. Once it is back, the next background refresh loads them: no Retry.
        m_fixture->stop();
        CalendarPane pane({ *m_bookings, *m_background, *m_contacts, *m_account, m_navigator, m_settings });
        QDateTime now = kNow;
        pane.setClock([&now] { return now; });
        pane.setDate(QDate(2026, 3, 4));
        QSignalSpy failed(&pane, &CalendarPane::loadFailed);
        QSignalSpy loaded(&pane, &CalendarPane::loaded);
        pane.show();
        QVERIFY(failed.wait(20000));
        QVERIFY(!pane.message().isEmpty());

        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        connectClient();
        now = now.addSecs(61);
        pane.refresh();
        QVERIFY(loaded.wait(15000));
        QVERIFY(pane.message().isEmpty());
        QVERIFY(!pane.visibleBookings().isEmpty());
    }
};

QTEST_MAIN(TestCalendarFailures)
#include "tst_calendarfailures.moc"
