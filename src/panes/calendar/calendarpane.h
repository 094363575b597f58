// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "account.h"
#include "booking.h"
#include "calendarclock.h"
#include "calendarfilters.h"
#include "calendarmode.h"
#include "calendarrules.h"
#include "contactref.h"

#include <QDate>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <functional>

class AccountApi;
class ApiError;
class AvailabilityCache;
class BookingDetails;
class BookingDialog;
class BookingEditor;
class BookingsApi;
class BookingsModel;
class CalendarCatalogue;
class CalendarListView;
class CalendarToolbar;
class CalendarView;
class ContactNames;
class ContactsApi;
class DayBookingsLoader;
class MessageBar;
class PaneNavigator;
class RefreshSchedule;
class QLabel;
class QPrinter;
class QSettings;
class QSplitter;
class QStackedWidget;

// The receptionist's calendar: day (a lane per resource) and week views, a paged list,
// the chosen type's free slots, and booking, moving, confirming, completing and cancelling
// from there (BookingEditor); the day sheet on paper and the visible range as .ics.
class CalendarPane final : public QWidget, public Pane
{
    Q_OBJECT

public:
    using Mode = CalendarMode;
    struct Services
    {
        BookingsApi &bookings;
        BookingsApi &background; // refreshes: they wait behind the user's own requests
        ContactsApi &contacts;
        AccountApi &account;
        PaneNavigator &navigator;
        QSettings &settings; // the view and filters it remembers (CalendarSettings)
    };
    using Clock = CalendarClock::Source;

    explicit CalendarPane(const Services &services, QWidget *parent = nullptr);
    ~CalendarPane() override;

    void reload() override;
    QString paneTitle() const override;
    bool isBusy() const override;
    bool hasStarted() const override;
    void refresh(); // the visible range again, in the background (RefreshSchedule permitting)
    // Entry point for other panes: the booking dialog with the contact filled in.
    void startBooking(const ContactRef &contact);
    // Entry point for the command palette: the booking's day (its week in week view) with
    // the booking selected once it is loaded. See calendarpanenavigation.cpp.
    void showBooking(qint64 bookingId, const QDateTime &start);
    QString contactNameFor(const Booking &booking) const;

    // The account was saved in the Account section: a new time zone redraws the calendar
    // (and what it asks the server for) at once, no restart needed.
    void applyAccount(const Account &account);

    void setClock(Clock clock);
    void setLocalZone(const QTimeZone &zone);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void goToday();
    void step(int direction); // previous (-1) or next (+1) day or week
    void setTypeFilter(qint64 typeId); // 0 = all types, no slots
    void setResourceFilter(std::optional<qint64> resourceId);
    void setStatusFilter(const QString &status);
    void setShowCancelled(bool show);
    void setContactFilter(qint64 contactId);

    void newBooking(const QDateTime &start, std::optional<qint64> resourceId);
    // Edit, move (drag), confirm, complete and cancel: the editor does them on the server.
    BookingEditor *editor() const { return m_editor; }
    bool exportIcs(const QString &path, QString *error = nullptr) const;
    // The day sheet of date(): every booking of that day is asked for (all pages), never
    // only the rows the List view has loaded. done runs once with the sheet; a failure is
    // shown in the message bar with Retry instead.
    void loadDaySheet(std::function<void(const QString &html)> done);
    QString daySheetHtml(const QList<Booking> &dayBookings) const;
    static void printDaySheet(QPrinter &printer, const QString &html);

    QTimeZone timeZone() const { return m_clock.zone(); }
    QList<QDate> visibleDays() const
    {
        return CalendarRules::visibleDays(m_date, m_mode == Mode::Week);
    }
    const CalendarFilters &filters() const { return m_filters; }
    QList<Booking> visibleBookings() const; // what the day and week views show
    QString zoneHint() const { return m_clock.zoneHint(); }
    QString message() const;
    BookingsModel *model() const { return m_model; }
    AvailabilityCache *availability() const { return m_availability; }
    CalendarView *view() const { return m_view; }
    CalendarListView *listView() const { return m_list; }
    BookingDialog *bookingDialog() const; // the open one, if any
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void bookingSaved(const Booking &booking);
    void moveRefused(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void connectToolbar();
    void connectCatalogue();
    void loadRange();
    void applyFilters();
    void updateLanes();
    void updateSlots();
    void updateDetails();
    void selectPendingBooking();
    void showMessage(const QString &text, std::function<void()> retry = {});
    void fail(const ApiError &error, std::function<void()> retry);
    void saveState() const;
    void restoreState();

    PaneNavigator &m_navigator;
    QSettings &m_settings;
    BookingsModel *m_model;
    AvailabilityCache *m_availability;
    ContactNames *m_names;
    CalendarCatalogue *m_catalogue;
    DayBookingsLoader *m_dayLoader;
    RefreshSchedule *m_schedule;
    BookingEditor *m_editor;
    CalendarClock m_clock;
    Mode m_mode = Mode::Week;
    QDate m_date;
    CalendarFilters m_filters;
    bool m_loaded = false;
    qint64 m_pendingSelection = 0; // showBooking() before its range had loaded
    QTimer m_nowTimer;

    CalendarToolbar *m_toolbar = nullptr;
    QLabel *m_zoneLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    CalendarView *m_view = nullptr;
    CalendarListView *m_list = nullptr;
    BookingDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
};
