// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdetails.h"

#include "bookingsmodel.h"
#include "calendarrules.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

BookingDetails::BookingDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bookingDetails"));
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a booking to see its details."));
    m_empty->setWordWrap(true);
    m_body = new QWidget;
    m_form = new QFormLayout(m_body);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_contact = addRow(tr("Contact:"), "detailContact");
    m_type = addRow(tr("Type:"), "detailType");
    m_resource = addRow(tr("Resource:"), "detailResource");
    m_status = addRow(tr("Status:"), "detailStatus");
    m_when = addRow(tr("When:"), "detailWhen");
    m_local = addRow(QString(), "detailLocal");
    m_local->setEnabled(false);
    m_notes = addRow(tr("Notes:"), "detailNotes");
    m_created = addRow(tr("Created:"), "detailCreated");
    m_updated = addRow(tr("Updated:"), "detailUpdated");

    const auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_openContact
        = button(tr("Open &contact"), "openContactButton", tr("Show this contact in Contacts"));
    m_contactBookings = button(tr("All &bookings of contact"), "contactBookingsButton",
        tr("List every booking of this contact"));
    m_edit = button(tr("&Edit…"), "editButton", tr("Change type, resource, time or notes (Enter)"));
    m_confirm = button(tr("Con&firm"), "confirmButton", tr("Mark the booking confirmed"));
    m_complete = button(tr("Co&mpleted"), "completeButton", tr("Mark the booking completed"));
    m_cancel = button(tr("Cancel booking…"), "cancelBookingButton",
        tr("Cancel the booking after confirmation (Delete)"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_openContact, 0, 0);
    buttons->addWidget(m_contactBookings, 0, 1);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_confirm, 1, 1);
    buttons->addWidget(m_complete, 2, 0);
    buttons->addWidget(m_cancel, 2, 1);
    m_form->addRow(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    layout->addStretch();
    m_body->hide();

    connect(m_openContact, &QPushButton::clicked, this,
        [this] { Q_EMIT openContactRequested(m_contactId); });
    connect(m_contactBookings, &QPushButton::clicked, this,
        [this] { Q_EMIT contactBookingsRequested(m_contactId); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_confirm, &QPushButton::clicked, this,
        [this] { Q_EMIT statusRequested(m_id, QStringLiteral("confirmed")); });
    connect(m_complete, &QPushButton::clicked, this,
        [this] { Q_EMIT statusRequested(m_id, QStringLiteral("completed")); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_id); });
}

QLabel *BookingDetails::addRow(const QString &label, const char *name)
{
    auto *value = new QLabel;
    value->setObjectName(QLatin1String(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void BookingDetails::setCanOpenContact(bool can)
{
    m_canOpenContact = can;
    m_openContact->setVisible(can);
}

void BookingDetails::showBooking(const std::optional<Booking> &booking, const QString &contact,
    const QString &type, const QString &resource, const QTimeZone &zone, const QString &localHint)
{
    m_id = booking ? booking->id : 0;
    m_contactId = booking ? booking->contactId : 0;
    m_empty->setVisible(!booking);
    m_body->setVisible(bool(booking));
    if (!booking)
        return;
    const QLocale locale;
    m_contact->setText(contact);
    m_type->setText(type);
    m_resource->setText(resource);
    m_status->setText(BookingsModel::statusText(booking->status));
    const QDateTime start = booking->startsAt.toTimeZone(zone);
    m_when->setText(tr("%1, %2 – %3")
                        .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM yyyy")),
                            CalendarRules::timeText(start.time()),
                            CalendarRules::timeText(booking->endsAt.toTimeZone(zone).time())));
    m_local->setText(localHint);
    m_local->setVisible(!localHint.isEmpty());
    m_notes->setText(booking->notes.isEmpty() ? tr("None") : booking->notes);
    m_created->setText(locale.toString(booking->createdAt.toTimeZone(zone), QLocale::ShortFormat));
    m_updated->setText(locale.toString(booking->updatedAt.toTimeZone(zone), QLocale::ShortFormat));
    const bool open = booking->status != u"cancelled" && booking->status != u"completed";
    m_edit->setEnabled(open);
    m_confirm->setEnabled(booking->status == u"pending");
    m_complete->setEnabled(open);
    m_cancel->setEnabled(open);
    m_openContact->setVisible(m_canOpenContact);
}
