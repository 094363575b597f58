// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Calendar pane against the real sandbox (demo seed, clock pinned at
// 2026-03-04T09:00:00Z, a Wednesday): everything a receptionist does there.
#include "availabilitycache.h"
#include "bookingdialog.h"
#include "bookingeditor.h"
#include "bookingsmodel.h"
#include "calendarpanetestbase.h"
#include "screenshot.h"
#include "calendarrules.h"
#include "calendarview.h"
#include "countingbookingsapi.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <libical/ical.h>

using namespace CalendarTest;

class TestCalendarPane : public QObject, protected CalendarPaneTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Many panes, each loading: the server's per-minute budget is not under test here.
        QVERIFY2(startSandbox(1000), qPrintable(m_fixture->error()));
    }

    void cleanupTestCase() { m_settings.clear(); }

    void init()
    {
        m_settings.clear(); // each test starts from the default view and filters
    }

    void remembersTheViewAndFilters()
    {
        {
            auto pane = makePane(CalendarPane::Mode::Day);
            pane->setResourceFilter(2);
            pane->setTypeFilter(3);
        }
        auto pane = makePane(std::nullopt);
        QCOMPARE(pane->mode(), CalendarPane::Mode::Day);
        QCOMPARE(pane->view()->laneCount(), 1);
        QCOMPARE(pane->availability()->bookingTypeId(), qint64(3));
    }

    void showsTheWeekWithALanePerResource()
    {
        auto pane = makePane();
        QCOMPARE(pane->visibleDays().size(), 7);
        QCOMPARE(pane->visibleDays().first(), QDate(2026, 3, 2));
        QCOMPARE(pane->view()->laneCount(), 7 * 4);
        QVERIFY(!pane->visibleBookings().isEmpty());
        for (const Booking &b : pane->visibleBookings())
            QVERIFY(b.status != u"cancelled");
        const Booking first = pane->visibleBookings().first();
        QVERIFY(!pane->view()->bookingRect(first.id).isNull());
    }

    void bookingAFreeSlotMakesItTaken()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        pane->setResourceFilter(2);
        pane->setTypeFilter(3);
        QTRY_VERIFY_WITH_TIMEOUT(pane->availability()->day(QDate(2026, 3, 4)).has_value(), 10000);
        const QDateTime start = utc(4, 13);
        const auto slotAt = [&pane, &start]() -> std::optional<Slot> {
            const auto day = pane->availability()->day(QDate(2026, 3, 4));
            if (!day)
                return std::nullopt;
            for (const Slot &s : day->timeSlots) {
                if (s.startsAt == start)
                    return s;
            }
            return std::nullopt;
        };
        QVERIFY(slotAt() && slotAt()->available);
        pane->view()->scrollToMinutes(12 * 60);
        QTest::mouseClick(
            pane->view()->viewport(), Qt::LeftButton, {}, pane->view()->pointFor(start, 2));
        QTRY_VERIFY(pane->bookingDialog());
        BookingDialog *dialog = pane->bookingDialog();
        QCOMPARE(dialog->start(), start);
        QCOMPARE(dialog->resource(), std::optional<qint64>(2));
        QCOMPARE(dialog->bookingType(), qint64(3));
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("contactSearch"));
        QTest::keyClicks(search, QStringLiteral("Sarah Johnson"));
        auto *results = dialog->findChild<QListWidget *>(QStringLiteral("contactResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 10000);
        results->setCurrentRow(0);
        QCOMPARE(dialog->contact().id, 42);
        QSignalSpy saved(pane.get(), &CalendarPane::bookingSaved);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(saved.wait(10000));
        const Booking made = saved.first().first().value<Booking>();
        QCOMPARE(made.startsAt, start);
        QVERIFY(pane->model()->booking(made.id).has_value());
        QVERIFY(!pane->view()->bookingRect(made.id).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(slotAt() && !slotAt()->available, 10000);
        QCOMPARE(
            serverBooking(made.id).value(QStringLiteral("resource_id")).toInteger(), qint64(2));
    }

    void aRefusedBookingKeepsTheForm()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        // Taken behind the pane's back: only the server can say no.
        const TestReply taken = m_fixture->http().post(QStringLiteral("/bookings"),
            QJsonObject { { QStringLiteral("contact_id"), 42 },
                { QStringLiteral("booking_type_id"), 3 }, { QStringLiteral("resource_id"), 3 },
                { QStringLiteral("starts_at"), QStringLiteral("2026-03-04T13:30:00Z") } });
        QCOMPARE(taken.status, 201);
        pane->newBooking(utc(4, 13, 30), 3);
        BookingDialog *dialog = pane->bookingDialog();
        QVERIFY(dialog);
        dialog->setContact({ 42, QStringLiteral("Sarah Johnson") });
        dialog->setBookingType(3);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("Prefers mornings"));
        QSignalSpy failed(dialog, &BookingDialog::saveFailed);
        dialog->save();
        QVERIFY(failed.wait(10000));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("starts_at_error"));
        QVERIFY(error->isVisible());
        QVERIFY2(
            error->text().contains(QStringLiteral("not available")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))->toPlainText(),
            QStringLiteral("Prefers mornings"));
        QCOMPARE(dialog->contact().id, 42);
        QCOMPARE(dialog->start(), utc(4, 13, 30));
    }

    void dragReschedulesOnTheServer()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        const TestReply made = m_fixture->http().post(QStringLiteral("/bookings"),
            QJsonObject { { QStringLiteral("contact_id"), 42 },
                { QStringLiteral("booking_type_id"), 3 }, { QStringLiteral("resource_id"), 4 },
                { QStringLiteral("starts_at"), QStringLiteral("2026-03-04T13:00:00Z") } });
        QCOMPARE(made.status, 201);
        const qint64 id = made.dataObject().value(QStringLiteral("id")).toInteger();
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        pane->reload();
        QVERIFY(loaded.wait(10000));
        CalendarView *view = pane->view();
        view->scrollToMinutes(12 * 60);
        const QRect block = view->bookingRect(id);
        QVERIFY(!block.isNull());
        const QPoint from = block.topLeft() + QPoint(10, 2);
        const QPoint to = from
            + QPoint(0, view->pointFor(utc(4, 14), 4).y() - view->pointFor(utc(4, 13), 4).y());
        QSignalSpy saved(pane.get(), &CalendarPane::bookingSaved);
        sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseMove, from + QPoint(0, 20), Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseMove, to, Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverBooking(id).value(QStringLiteral("starts_at")).toString(),
            QStringLiteral("2026-03-04T14:00:00.000000Z"));
        QCOMPARE(pane->model()->booking(id)->startsAt, utc(4, 14));

        // Onto a booking already there: refused with a message, the block stays put.
        const Booking other = [&] {
            for (const Booking &b : pane->model()->bookings()) {
                if (b.resourceId && b.id != id && b.status != u"cancelled")
                    return b;
            }
            return Booking();
        }();
        QVERIFY(other.id > 0);
        QSignalSpy refused(pane.get(), &CalendarPane::moveRefused);
        pane->editor()->moveBooking(id, other.startsAt, other.resourceId);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!pane->message().isEmpty());
        QCOMPARE(pane->model()->booking(id)->startsAt, utc(4, 14));
    }

    void cancelNamesTheContactAndTime()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        const TestReply made = m_fixture->http().post(QStringLiteral("/bookings"),
            QJsonObject { { QStringLiteral("contact_id"), 42 },
                { QStringLiteral("booking_type_id"), 3 }, { QStringLiteral("resource_id"), 2 },
                { QStringLiteral("starts_at"), QStringLiteral("2026-03-04T14:00:00Z") } });
        QCOMPARE(made.status, 201);
        const qint64 id = made.dataObject().value(QStringLiteral("id")).toInteger();
        const QString before = made.dataObject().value(QStringLiteral("status")).toString();
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        pane->reload();
        QVERIFY(loaded.wait(10000));
        QString asked;
        pane->editor()->setConfirm([&asked](const QString &q) {
            asked = q;
            return false;
        });
        pane->view()->setFocus();
        pane->view()->setSelectedId(id);
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QVERIFY2(asked.contains(QStringLiteral("Sarah Johnson")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("2:00")) || asked.contains(QStringLiteral("14:00")),
            qPrintable(asked));
        QCOMPARE(serverBooking(id).value(QStringLiteral("status")).toString(),
            before); // said no: nothing happened
        pane->editor()->setConfirm([](const QString &) { return true; });
        QSignalSpy saved(pane.get(), &CalendarPane::bookingSaved);
        pane->editor()->cancelBooking(id);
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverBooking(id).value(QStringLiteral("status")).toString(),
            QStringLiteral("cancelled"));
        QVERIFY(pane->view()->bookingRect(id).isNull());
        pane->setShowCancelled(true);
        QVERIFY(!pane->view()->bookingRect(id).isNull());
    }

    void confirmAndComplete()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        const TestReply made = m_fixture->http().post(QStringLiteral("/bookings"),
            QJsonObject { { QStringLiteral("contact_id"), 42 },
                { QStringLiteral("booking_type_id"), 3 }, { QStringLiteral("resource_id"), 3 },
                { QStringLiteral("starts_at"), QStringLiteral("2026-03-04T14:30:00Z") } });
        const qint64 id = made.dataObject().value(QStringLiteral("id")).toInteger();
        QSignalSpy saved(pane.get(), &CalendarPane::bookingSaved);
        pane->editor()->setStatus(id, QStringLiteral("confirmed"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverBooking(id).value(QStringLiteral("status")).toString(),
            QStringLiteral("confirmed"));
        pane->editor()->setStatus(id, QStringLiteral("completed"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverBooking(id).value(QStringLiteral("status")).toString(),
            QStringLiteral("completed"));
    }

    void weekNavigationAndFilters()
    {
        auto pane = makePane();
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        pane->step(1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(pane->visibleDays().first(), QDate(2026, 3, 9));
        QCOMPARE(pane->model()->query().from, utc(9, 0));
        for (const Booking &b : pane->model()->bookings())
            QVERIFY(b.startsAt >= utc(9, 0) && b.startsAt < utc(16, 0));
        pane->goToday();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(pane->visibleDays().first(), QDate(2026, 3, 2));
        pane->setResourceFilter(1);
        QCOMPARE(pane->view()->laneCount(), 7);
        for (const Booking &b : pane->visibleBookings())
            QCOMPARE(b.resourceId, std::optional<qint64>(1));
        pane->setResourceFilter(std::nullopt);
        pane->setStatusFilter(QStringLiteral("confirmed"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!pane->model()->bookings().isEmpty());
        for (const Booking &b : pane->model()->bookings())
            QCOMPARE(b.status, QStringLiteral("confirmed"));
        pane->setStatusFilter(QString());
        QVERIFY(loaded.wait(10000));
        pane->setTypeFilter(1);
        for (const Booking &b : pane->visibleBookings())
            QCOMPARE(b.bookingTypeId, qint64(1));
        pane->setTypeFilter(0);
        pane->setMode(CalendarPane::Mode::List);
        QVERIFY(loaded.wait(10000));
        QVERIFY(pane->model()->rowCount() > 0);
    }

    void showsTheAccountsZoneWithALocalHint()
    {
        QCOMPARE(
            m_fixture->http()
                .patch(QStringLiteral("/account"),
                    QJsonObject { { QStringLiteral("timezone"), QStringLiteral("Asia/Dubai") } })
                .status,
            200);
        auto pane = makePane(CalendarPane::Mode::Day);
        QCOMPARE(pane->timeZone().id(), QByteArray("Asia/Dubai"));
        QVERIFY2(
            pane->zoneHint().contains(QStringLiteral("Asia/Dubai")), qPrintable(pane->zoneHint()));
        QVERIFY2(pane->zoneHint().contains(QStringLiteral("on this computer")),
            qPrintable(pane->zoneHint()));
        // 09:00 UTC is 13:00 in Dubai: the day runs from 20:00 UTC the evening before.
        QCOMPARE(pane->model()->query().from, utc(3, 20));
        pane->setLocalZone(QTimeZone("Asia/Dubai"));
        QVERIFY(!pane->zoneHint().contains(QStringLiteral("on this computer")));
        QCOMPARE(m_fixture->http()
                     .patch(QStringLiteral("/account"),
                         QJsonObject { { QStringLiteral("timezone"), QStringLiteral("UTC") } })
                     .status,
            200);
    }

    void rightToLeftMirrorsAxisAndLanes()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        CalendarView *view = pane->view();
        const int width = view->viewport()->width();
        QVERIFY(view->laneRect(0).left() < view->laneRect(1).left());
        QVERIFY(view->laneRect(0).left() >= 50); // the axis on the left
        pane->setLayoutDirection(Qt::RightToLeft);
        QVERIFY(view->laneRect(0).left() > view->laneRect(1).left());
        QVERIFY(view->laneRect(0).right() <= width - 50); // the axis on the right
        // Left arrow moves towards the later lanes when they are drawn on the left.
        const Booking first = [&] {
            for (const Booking &b : pane->visibleBookings()) {
                if (b.resourceId == 1)
                    return b;
            }
            return Booking();
        }();
        QVERIFY(first.id > 0);
        view->setFocus();
        view->setSelectedId(first.id);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(pane->model()->booking(view->selectedId())->resourceId, std::optional<qint64>(2));
        // Arabic typed into the contact search stays as typed.
        pane->newBooking(utc(4, 15), std::nullopt);
        auto *search
            = pane->bookingDialog()->findChild<QLineEdit *>(QStringLiteral("contactSearch"));
        QKeyEvent arabic(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("سارة"));
        QApplication::sendEvent(search, &arabic);
        QCOMPARE(search->text(), QStringLiteral("سارة"));
        pane->bookingDialog()->reject();
    }

    void keyboardMovesOpensAndCreates()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        CalendarView *view = pane->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        const qint64 first = view->selectedId();
        QVERIFY(first > 0);
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(view->selectedId() != first);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(pane->bookingDialog());
        QCOMPARE(pane->bookingDialog()->windowTitle(), QStringLiteral("Edit booking"));
        pane->bookingDialog()->reject();
        QTRY_VERIFY(!pane->bookingDialog());
        QApplication::setActiveWindow(pane.get()); // shortcuts work in the active window only
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N);
        QTRY_VERIFY(pane->bookingDialog());
        QCOMPARE(pane->bookingDialog()->windowTitle(), QStringLiteral("New booking"));
        pane->bookingDialog()->reject();
        pane->startBooking({ 42, QStringLiteral("Sarah Johnson") });
        QCOMPARE(pane->bookingDialog()->contact().id, 42);
        pane->bookingDialog()->reject();
    }

    void exportsIcsThatLibicalReadsBack()
    {
        auto pane = makePane();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("week.ics"));
        QVERIFY(pane->exportIcs(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        icalcomponent *calendar = icalparser_parse_string(text.constData());
        QVERIFY(calendar);
        int events = 0;
        bool found = false;
        const Booking first = pane->visibleBookings().first();
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             e; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            ++events;
            if (QByteArray(icalcomponent_get_uid(e))
                == "booking-" + QByteArray::number(first.id) + "@skylight-desk") {
                found = true;
                QCOMPARE(qint64(icaltime_as_timet(icalcomponent_get_dtstart(e))),
                    first.startsAt.toSecsSinceEpoch());
                QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(e)), first.title);
            }
        }
        icalcomponent_free(calendar);
        QCOMPARE(events, int(pane->visibleBookings().size()));
        QVERIFY(found);
    }

    void printsTheDaySheetToPdf()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        QString html;
        pane->loadDaySheet([&html](const QString &sheet) { html = sheet; });
        QTRY_VERIFY(!html.isEmpty());
        QVERIFY(html.contains(QStringLiteral("Dr. Ahmed Al-Rashid")));
        QVERIFY(html.contains(pane->visibleBookings().first().title.toHtmlEscaped()));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("day.pdf")));
        CalendarPane::printDaySheet(printer, html);
        QFile pdf(printer.outputFileName());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        QVERIFY(pdf.size() > 1000);
    }

    void refreshesInTheBackgroundWithinTheBudget()
    {
        CountingBookingsApi user(*m_bookings);
        CountingBookingsApi background(*m_background);
        CalendarPane pane({ user, background, *m_contacts, *m_account, m_navigator, m_settings });
        QDateTime now = kNow;
        pane.setClock([&now] { return now; });
        pane.setDate(QDate(2026, 3, 4));
        QSignalSpy loaded(&pane, &CalendarPane::loaded);
        pane.show();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(user.lists, 1);
        QCOMPARE(background.lists, 0);
        // Focus coming back a moment later costs nothing.
        QEvent activate(QEvent::WindowActivate);
        QApplication::sendEvent(pane.window(), &activate);
        pane.refresh();
        QCOMPARE(background.lists, 0);
        now = now.addSecs(61); // the minute's timer, or the window regaining focus later
        QApplication::sendEvent(pane.window(), &activate);
        QCOMPARE(background.lists, 1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(user.lists, 1); // refreshes go out at background priority
        QVERIFY(!pane.visibleBookings().isEmpty());
    }

    // Every view and the dialog render in both directions; with SKYLIGHT_SCREENSHOT_DIR set the
    // pictures are kept there for people to look at (SKYLIGHT_SHOTS_QM: Arabic .qm file).
    void rendersEveryViewInBothDirections()
    {
        QTranslator arabic;
        for (const bool rtl : { false, true }) {
            if (rtl && arabic.load(qEnvironmentVariable("SKYLIGHT_SHOTS_QM")))
                QCoreApplication::installTranslator(&arabic);
            for (const auto mode :
                { CalendarPane::Mode::Day, CalendarPane::Mode::Week, CalendarPane::Mode::List }) {
                auto pane = makePane(mode);
                pane->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
                pane->setTypeFilter(3);
                if (mode != CalendarPane::Mode::List)
                    QTRY_VERIFY_WITH_TIMEOUT(
                        pane->availability()->day(QDate(2026, 3, 4)).has_value(), 10000);
                pane->view()->scrollToMinutes(8 * 60);
                if (!pane->visibleBookings().isEmpty())
                    pane->view()->setSelectedId(pane->visibleBookings().first().id);
                const QString name = QStringLiteral("calendar/%1-%2.png")
                                         .arg(QLatin1String(mode == CalendarPane::Mode::Day ? "day"
                                                     : mode == CalendarPane::Mode::Week    ? "week"
                                                                                        : "list"),
                                             QLatin1String(rtl ? "rtl" : "ltr"));
                const QImage shot = pane->grab().toImage();
                QVERIFY(!shot.isNull());
                Screenshot::save(shot, name);
                if (mode == CalendarPane::Mode::Day) {
                    pane->startBooking({ 42, QStringLiteral("Sarah Johnson") });
                    pane->bookingDialog()->setLayoutDirection(
                        rtl ? Qt::RightToLeft : Qt::LeftToRight);
                    Screenshot::save(pane->bookingDialog(),
                        QStringLiteral("calendar/dialog-%1.png").arg(QLatin1String(rtl ? "rtl" : "ltr")));
                    pane->bookingDialog()->reject();
                }
            }
        }
    }
};

QTEST_MAIN(TestCalendarPane)
#include "tst_calendarpane.moc"
