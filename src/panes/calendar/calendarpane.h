// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "booking.h"
#include "bookingtype.h"
#include "calendarrules.h"
#include "contactref.h"
#include "resource.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <functional>

class AccountApi;
class ApiError;
class AvailabilityCache;
class BookingDetails;
class BookingDialog;
class BookingsApi;
class BookingsModel;
class CalendarView;
class ContactNames;
class ContactsApi;
class ListFilterBar;
class MessageBar;
class PaneNavigator;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

// The receptionist's calendar: day (a lane per resource) and week views, a paged list,
// the chosen type's free slots, and booking, moving, confirming, completing and cancelling
// from there; the day sheet on paper and the visible range as .ics.
class CalendarPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Day,
        Week,
        List
    };
    struct Services
    {
        BookingsApi &bookings;
        BookingsApi &background; // refreshes: they wait behind the user's own requests
        ContactsApi &contacts;
        AccountApi &account;
        PaneNavigator &navigator;
    };
    using Clock = std::function<QDateTime()>;
    using Confirm = std::function<bool(const QString &question)>;

    explicit CalendarPane(const Services &services, QWidget *parent = nullptr);
    ~CalendarPane() override;

    void reload();
    void refresh(); // the visible range again, in the background
    // Entry point for other panes: the booking dialog with the contact filled in.
    void startBooking(const ContactRef &contact);

    void setClock(Clock clock);
    void setLocalZone(const QTimeZone &zone);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
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
    void editBooking(qint64 id);
    void moveBooking(qint64 id, const QDateTime &start, std::optional<qint64> resourceId);
    void setBookingStatus(qint64 id, const QString &status);
    void cancelBooking(qint64 id);
    bool exportIcs(const QString &path, QString *error = nullptr) const;
    QString daySheetHtml() const;
    void printDaySheet(QPrinter &printer) const;

    QTimeZone timeZone() const { return m_zone; }
    QList<QDate> visibleDays() const
    {
        return CalendarRules::visibleDays(m_date, m_mode == Mode::Week);
    }
    QList<Booking> visibleBookings() const;
    QString zoneHint() const;
    QString message() const;
    BookingsModel *model() const { return m_model; }
    AvailabilityCache *availability() const { return m_availability; }
    CalendarView *view() const { return m_view; }
    BookingDialog *bookingDialog() const; // the open one, if any
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void bookingSaved(const Booking &booking);
    void moveRefused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void loadRange();
    void applyFilters();
    void updateLanes();
    void updateSlots();
    void updateDetails();
    void showMessage(const QString &text, std::function<void()> retry = {});
    void fail(const ApiError &error, std::function<void()> retry);
    void bookingChanged(const Booking &booking, const QDate &oldDay);
    void openDialog(BookingDialog *dialog);
    void saveState() const;
    void restoreState();
    QDateTime now() const;
    QDateTime nextHour() const; // on the shown day: where N and "book" start

    BookingsApi &m_api;
    ContactsApi &m_contacts;
    AccountApi &m_accountApi;
    PaneNavigator &m_navigator;
    BookingsModel *m_model;
    AvailabilityCache *m_availability;
    ContactNames *m_names;
    Clock m_clock;
    Confirm m_confirm;
    QTimeZone m_zone = QTimeZone::utc();
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
    Account m_account;
    QList<BookingType> m_types;
    QList<Resource> m_resources;
    Mode m_mode = Mode::Week;
    QDate m_date;
    qint64 m_typeFilter = 0;
    std::optional<qint64> m_resourceFilter;
    QString m_statusFilter;
    qint64 m_contactFilter = 0;
    bool m_showCancelled = false;
    bool m_loaded = false;
    int m_generation = 0;
    int m_pending = 0;
    qint64 m_lastRefresh = 0;
    QTimer m_refreshTimer;
    QTimer m_nowTimer;
    QPointer<BookingDialog> m_dialog;

    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_resourceCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QCheckBox *m_cancelledCheck = nullptr;
    ListFilterBar *m_listFilters = nullptr;
    QLabel *m_zoneLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    CalendarView *m_view = nullptr;
    QTableView *m_table = nullptr;
    BookingDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
};
