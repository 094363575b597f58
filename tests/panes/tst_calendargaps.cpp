// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The day-one calendar gaps of issue 16, against the real sandbox (demo seed, clock pinned
// at 2026-03-04T09:00:00Z): booking from another section before the Calendar was ever
// opened, the day sheet printed from the List view, the time zone saved in the Account
// section, and where the focus goes after "Completed".
#include "bookingdialog.h"
#include "bookingsmodel.h"
#include "calendarlistview.h"
#include "calendarpanetestbase.h"
#include "calendarview.h"
#include "listfilterbar.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace CalendarTest;

class TestCalendarGaps : public QObject, protected CalendarPaneTestBase
{
    Q_OBJECT

private:
    static void save(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startSandbox(1000), qPrintable(m_fixture->error())); }
    void cleanupTestCase() { QSettings().clear(); }
    void init() { QSettings().clear(); }

    // "Book appointment" from the Inbox: the Calendar was never shown, so nothing had
    // loaded its types; the dialog offered none and could not book.
    void theBookingDialogLoadsTypesWhereverItOpens()
    {
        CalendarPane pane({ *m_bookings, *m_background, *m_contacts, *m_account, m_navigator, m_settings });
        pane.setClock([] { return kNow; });
        pane.startBooking({ 42, QStringLiteral("Sarah Johnson") });
        BookingDialog *dialog = pane.bookingDialog();
        QVERIFY(dialog);
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        auto *resources = dialog->findChild<QComboBox *>(QStringLiteral("resourceCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingCatalogue(), 10000);
        QVERIFY(types->isEnabled());
        QVERIFY2(types->count() >= 3, qPrintable(QString::number(types->count())));
        QVERIFY(dialog->bookingType() > 0);
        QVERIFY(resources->count() > 1); // "any free resource" and the seed's resources
        QCOMPARE(dialog->contact().id, 42);
        dialog->reject();
    }

    // The List view pages on scroll and may show other weeks: printing from it said
    // "No bookings." for a full day.
    void theDaySheetFetchesTheWholeDay()
    {
        // What the Day view of 4 March holds, as a sheet: the rows expected on paper.
        int expected = 0;
        {
            auto day = makePane(CalendarPane::Mode::Day);
            expected = int(day->daySheetHtml(day->visibleBookings()).count(QStringLiteral("<tr><td>")));
        }
        QVERIFY(expected > 0);
        auto pane = makePane(CalendarPane::Mode::List);
        // The list shows April; the day chosen is still 4 March.
        pane->listView()->filterBar()->setRange(QDate(2026, 4, 1), QDate(2026, 4, 28));
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        Q_EMIT pane->listView()->filterBar()->rangeChanged(); // as when the user picks the dates
        QVERIFY(loaded.wait(10000));
        QVERIFY(pane->model()->query().from >= QDateTime(QDate(2026, 3, 30), QTime(0, 0), QTimeZone::utc()));
        QString html;
        pane->loadDaySheet([&html](const QString &sheet) { html = sheet; });
        QTRY_VERIFY_WITH_TIMEOUT(!html.isEmpty(), 10000);
        QCOMPARE(int(html.count(QStringLiteral("<tr><td>"))), expected);
    }

    // A time zone saved in the Account section redraws the calendar without a restart.
    void aSavedTimeZoneAppliesAtOnce()
    {
        auto pane = makePane(CalendarPane::Mode::Day);
        QCOMPARE(pane->timeZone().id(), QByteArray("UTC"));
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        Account account;
        account.businessName = QStringLiteral("Glow");
        account.timezone = QStringLiteral("Asia/Dubai");
        pane->applyAccount(account);
        QCOMPARE(pane->timeZone().id(), QByteArray("Asia/Dubai"));
        QVERIFY(pane->zoneHint().contains(QStringLiteral("Asia/Dubai")));
        // 4 March in Dubai starts at 20:00 UTC the evening before: asked for again.
        QCOMPARE(pane->model()->query().from, utc(3, 20));
        QVERIFY(loaded.wait(10000));
    }

    // After "Completed" the focus fell to the next widget of the window (the section
    // list, where T opened Team); it goes back to the booking in the view.
    void completingKeepsTheFocusOnTheCalendar()
    {
        const qint64 id = postBooking(3, utc(4, 15, 30));
        QVERIFY(id > 0);
        QWidget window;
        auto *sections = new QPushButton(QStringLiteral("Team"), &window); // stands for the nav
        auto pane = makePane(CalendarPane::Mode::Day);
        pane->setParent(&window);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(pane.get());
        layout->addWidget(sections);
        window.resize(1500, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(pane->model()->booking(id).has_value());
        pane->view()->setSelectedId(id);
        auto *complete = pane->findChild<QPushButton *>(QStringLiteral("completeButton"));
        QTRY_VERIFY(complete->isEnabled());
        complete->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), complete);
        QSignalSpy saved(pane.get(), &CalendarPane::bookingSaved);
        complete->click();
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(!complete->isEnabled());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->view()));
    }

    // The booking dialog opened from another section, in English and Arabic; only when
    // SKYLIGHT_SCREENSHOT_DIR is set.
    void screenshotsInBothLanguages()
    {
        if (qEnvironmentVariableIsEmpty("SKYLIGHT_SCREENSHOT_DIR"))
            QSKIP("set SKYLIGHT_SCREENSHOT_DIR to save the screenshots");
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        for (const bool rtl : { false, true }) {
            if (rtl)
                QCoreApplication::installTranslator(&arabic);
            QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            CalendarPane pane({ *m_bookings, *m_background, *m_contacts, *m_account, m_navigator, m_settings });
            pane.setClock([] { return kNow; });
            pane.startBooking({ 42, QStringLiteral("Sarah Johnson") });
            BookingDialog *dialog = pane.bookingDialog();
            save(dialog, QLatin1String(rtl ? "bookingdialog-loading-ar.png" : "bookingdialog-loading-en.png"));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingCatalogue(), 10000);
            save(dialog, QLatin1String(rtl ? "bookingdialog-from-inbox-ar.png" : "bookingdialog-from-inbox-en.png"));
            dialog->reject();
            if (rtl)
                QCoreApplication::removeTranslator(&arabic);
        }
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestCalendarGaps)
#include "tst_calendargaps.moc"
