// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingeditor.h"

#include "apierrortext.h"
#include "availabilitycache.h"
#include "bookingdialog.h"
#include "bookingsapi.h"
#include "bookingsmodel.h"
#include "calendarrules.h"
#include "contactnames.h"
#include "plaintextwidgets.h"

#include <QLocale>
#include <QMessageBox>

BookingEditor::BookingEditor(const Services &services, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_api(services.bookings)
    , m_contacts(services.contacts)
    , m_model(services.model)
    , m_availability(services.availability)
    , m_names(services.names)
    , m_parent(dialogParent)
    , m_confirm([dialogParent](const QString &question) {
        return PlainText::askYes(dialogParent, tr("Cancel booking"), question, QMessageBox::No);
    })
{
}

void BookingEditor::setCatalogue(const QList<BookingType> &types, const QList<Resource> &resources)
{
    m_types = types;
    m_resources = resources;
}

void BookingEditor::notify(const QString &text, std::function<void()> retry)
{
    if (m_notify)
        m_notify(text, std::move(retry));
}

BookingDialog *BookingEditor::makeDialog()
{
    return new BookingDialog(
        m_api, m_contacts, { m_types, m_resources, m_model.bookings(), m_zone }, m_parent);
}

void BookingEditor::openDialog(BookingDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Booking result = dialog->result();
        const std::optional<Booking> old = m_model.booking(result.id);
        m_names.remember(result.contactId, dialog->contact().name);
        changed(result, old ? CalendarRules::dayIn(old->startsAt, m_zone) : QDate());
    });
    connect(dialog, &BookingDialog::saveFailed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Validation)
            Q_EMIT requestFailed(error);
    });
    dialog->open();
}

BookingDialog *BookingEditor::newBooking(
    const QDateTime &start, std::optional<qint64> resourceId, qint64 typeId)
{
    BookingDialog *dialog = makeDialog();
    dialog->setStart(start);
    dialog->setBookingType(typeId > 0 ? typeId : (m_types.isEmpty() ? 0 : m_types.first().id));
    dialog->setResource(resourceId);
    openDialog(dialog);
    return dialog;
}

void BookingEditor::editBooking(qint64 id)
{
    const std::optional<Booking> booking = m_model.booking(id);
    if (!booking)
        return;
    BookingDialog *dialog = makeDialog();
    dialog->editBooking(*booking, m_names.nameFor(*booking));
    openDialog(dialog);
}

void BookingEditor::changed(const Booking &booking, const QDate &oldDay)
{
    m_model.upsert(booking);
    // Create and cancel answer with part of the booking: the rest comes in the background.
    if (booking.title.isEmpty() || !booking.resourceId) {
        m_api.get(booking.id, this, [this](const ApiResult<Booking> &full) {
            if (full)
                m_model.upsert(full.value());
        });
    }
    if (oldDay.isValid())
        m_availability.invalidate(oldDay);
    m_availability.invalidate(CalendarRules::dayIn(booking.startsAt, m_zone));
    Q_EMIT bookingSaved(booking);
}

void BookingEditor::moveBooking(qint64 id, const QDateTime &start, std::optional<qint64> resourceId)
{
    const std::optional<Booking> booking = m_model.booking(id);
    if (!booking)
        return;
    const QDateTime end = start.addSecs(booking->startsAt.secsTo(booking->endsAt));
    if (const auto clash
        = CalendarRules::conflict(m_model.bookings(), resourceId, start, end, id)) {
        const QString reason = tr("Not moved: it would overlap \"%1\".").arg(clash->title);
        notify(reason);
        Q_EMIT moveRefused(reason);
        return;
    }
    BookingInput input;
    input.startsAt = start;
    if (resourceId)
        input.resourceId = resourceId;
    const QDate oldDay = CalendarRules::dayIn(booking->startsAt, m_zone);
    // The model keeps the old time until the server agrees, so a refusal needs no undo.
    m_api.update(
        id, input, this, [this, oldDay, id, start, resourceId](const ApiResult<Booking> &result) {
            if (!result) {
                const ApiError error = result.error();
                const QString reason = tr("The booking was not moved: %1").arg(oneLineMessage(error));
                notify(
                    reason,
                    error.kind == ApiError::Kind::Validation
                        ? std::function<void()>()
                        : [this, id, start, resourceId] { moveBooking(id, start, resourceId); });
                Q_EMIT moveRefused(reason);
                return;
            }
            changed(result.value(), oldDay);
        });
}

void BookingEditor::setStatus(qint64 id, const QString &status)
{
    BookingInput input;
    input.status = status;
    m_api.update(id, input, this, [this, id, status](const ApiResult<Booking> &result) {
        if (!result) {
            notify(userMessage(result.error()), [this, id, status] { setStatus(id, status); });
            return;
        }
        changed(result.value(), QDate());
    });
}

void BookingEditor::cancelBooking(qint64 id)
{
    const std::optional<Booking> booking = m_model.booking(id);
    if (!booking || booking->status == u"cancelled")
        return;
    const QString question
        = tr("Cancel the booking of %1 on %2?")
              .arg(m_names.nameFor(*booking),
                  QLocale().toString(booking->startsAt.toTimeZone(m_zone), QLocale::LongFormat));
    if (!m_confirm(question))
        return;
    m_api.cancel(id, this, [this, id](const ApiResult<Booking> &result) {
        if (!result) {
            notify(userMessage(result.error()), [this, id] { cancelBooking(id); });
            return;
        }
        changed(result.value(), QDate());
    });
}
