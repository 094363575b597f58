// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "bookingtype.h"
#include "resource.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <optional>

class ApiError;
class AvailabilityCache;
class BookingDialog;
class BookingsApi;
class BookingsModel;
class ContactNames;
class ContactsApi;
class QWidget;

// Every change the calendar makes to a booking on the server: the dialog for a new or an
// edited booking, a drag's move, confirm/complete, and cancel after a confirmation. Nothing
// changes on screen before the server agrees: a refused move leaves the block where it was
// and says why; a refused dialog stays open with everything typed.
class BookingEditor final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        BookingsApi &bookings;
        ContactsApi &contacts;
        BookingsModel &model;
        AvailabilityCache &availability;
        ContactNames &names;
    };
    using Confirm = std::function<bool(const QString &question)>;
    using Notify = std::function<void(const QString &text, std::function<void()> retry)>;

    // Dialogs and the confirmation open over dialogParent (the pane).
    BookingEditor(const Services &services, QWidget *dialogParent);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    void setCatalogue(const QList<BookingType> &types, const QList<Resource> &resources);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setNotify(Notify notify) { m_notify = std::move(notify); }

    BookingDialog *newBooking(
        const QDateTime &start, std::optional<qint64> resourceId, qint64 typeId);
    void editBooking(qint64 id);
    void moveBooking(qint64 id, const QDateTime &start, std::optional<qint64> resourceId);
    void setStatus(qint64 id, const QString &status);
    void cancelBooking(qint64 id);
    BookingDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void bookingSaved(const Booking &booking);
    void moveRefused(const QString &reason);
    void requestFailed(const ApiError &error); // not a refusal of what was typed

private:
    BookingDialog *makeDialog();
    void openDialog(BookingDialog *dialog);
    void changed(const Booking &booking, const QDate &oldDay);
    void notify(const QString &text, std::function<void()> retry = {});

    BookingsApi &m_api;
    ContactsApi &m_contacts;
    BookingsModel &m_model;
    AvailabilityCache &m_availability;
    ContactNames &m_names;
    QWidget *m_parent;
    QTimeZone m_zone = QTimeZone::utc();
    QList<BookingType> m_types;
    QList<Resource> m_resources;
    Confirm m_confirm;
    Notify m_notify;
    QPointer<BookingDialog> m_dialog;
};
