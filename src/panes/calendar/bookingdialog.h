// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "bookinginput.h"
#include "bookingtype.h"
#include "contactref.h"
#include "resource.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace Ui {
class BookingDialog;
}
class ApiError;
class BookingsApi;
class ContactsApi;
class QLabel;

// New booking or edit of one: contact found as the user types, type, resource or "any",
// start in the account's time zone, notes; the end follows from the type. The dialog
// sends the request itself and closes only on success, so a refusal (the slot was taken a
// moment ago) is shown at the field with everything typed still there.
class BookingDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        QList<BookingType> types;
        QList<Resource> resources;
        QList<Booking> loaded; // for the overlap pre-check
        QTimeZone zone;
    };

    BookingDialog(
        BookingsApi &api, ContactsApi &contacts, const Context &context, QWidget *parent = nullptr);
    ~BookingDialog() override;

    void setContact(const ContactRef &contact);
    void setStart(const QDateTime &start);
    void setBookingType(qint64 id);
    void setResource(std::optional<qint64> id);
    void setNotes(const QString &notes);
    void editBooking(const Booking &booking, const QString &contactName);
    // The types and resources to offer; what was chosen (or asked for) stays chosen.
    void setCatalogue(const QList<BookingType> &types, const QList<Resource> &resources);
    // The account's zone arrived after the dialog opened: the date and time fields keep
    // what they show and are read in the new zone.
    void setZone(const QTimeZone &zone);
    bool startEdited() const { return m_startEdited; }
    bool isEditing() const { return m_editingId > 0; }
    bool isLoadingCatalogue() const { return m_catalogueLoads > 0; }

    ContactRef contact() const { return m_contact; }
    QDateTime start() const;
    std::optional<qint64> resource() const;
    qint64 bookingType() const;
    Booking result() const { return m_result; }

    void save(); // what OK does

Q_SIGNALS:
    void saveFailed(const ApiError &error);

private:
    void searchContacts();
    void chooseContact(int row);
    void updateEnd();
    void clearErrors();
    void showError(const QString &field, const QString &text);
    void showApiError(const ApiError &error);
    void setBusy(bool busy);
    // After a create whose outcome is unknown: found, the dialog closes as if it had
    // worked; not found, Book may be pressed again; the look failing turns Book into
    // "Check again" so a second booking is never made blind.
    void checkUnconfirmed(const BookingInput &input, const ApiError &cause);
    void setBookText(bool checkAgain);
    int durationMinutes() const; // of the chosen type, 0 when unknown
    // Asks the server for the types and resources when the dialog was opened without them
    // (from the Inbox or Contacts before the Calendar ever loaded).
    void loadCatalogue();
    void fillTypes();
    void fillResources();

    std::unique_ptr<Ui::BookingDialog> m_ui; // the form: ui/bookingdialog.ui
    BookingsApi &m_api;
    ContactsApi &m_contacts;
    Context m_context;
    ContactRef m_contact;
    qint64 m_editingId = 0;
    qint64 m_wantedType = 0; // asked for before the types arrived
    std::optional<qint64> m_wantedResource;
    int m_catalogueLoads = 0; // answers still awaited
    bool m_catalogueFailed = false;
    bool m_settingStart = false;
    bool m_startEdited = false; // the user changed the date or time
    Booking m_result;
    std::optional<BookingInput> m_unconfirmed; // a create to look for before booking again
    int m_searchGeneration = 0;
    QTimer m_searchTimer;
    QHash<QString, QLabel *> m_errors; // API field name -> the label under that field
};
