// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdetails.h"
#include "plaintextwidgets.h"
#include "ui_bookingdetails.h"

#include "bookingsmodel.h"
#include "calendarrules.h"

#include <QLocale>

BookingDetails::BookingDetails(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BookingDetails>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bookingDetails"));
    m_ui->detailsScroll->hide();
    alignValues();

    connect(m_ui->openContactButton, &QPushButton::clicked, this,
        [this] { Q_EMIT openContactRequested(m_contactId); });
    connect(m_ui->contactBookingsButton, &QPushButton::clicked, this,
        [this] { Q_EMIT contactBookingsRequested(m_contactId); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_ui->confirmButton, &QPushButton::clicked, this,
        [this] { Q_EMIT statusRequested(m_id, QStringLiteral("confirmed")); });
    connect(m_ui->completeButton, &QPushButton::clicked, this,
        [this] { Q_EMIT statusRequested(m_id, QStringLiteral("completed")); });
    connect(m_ui->cancelBookingButton, &QPushButton::clicked, this,
        [this] { Q_EMIT cancelRequested(m_id); });
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

BookingDetails::~BookingDetails() = default;

void BookingDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        alignValues();
}

// Selectable labels lay each value out in its own text's direction, so an Arabic name and
// a Latin type would start on opposite sides. Every value starts next to its label instead.
void BookingDetails::alignValues()
{
    const Qt::Alignment side
        = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel *value : { m_ui->detailContact, m_ui->detailType, m_ui->detailResource,
             m_ui->detailStatus, m_ui->detailWhen, m_ui->detailLocal, m_ui->detailNotes,
             m_ui->detailCreated, m_ui->detailUpdated })
        value->setAlignment(Qt::AlignAbsolute | side | Qt::AlignTop);
}

void BookingDetails::setCanOpenContact(bool can)
{
    m_canOpenContact = can;
    m_ui->openContactButton->setVisible(can);
}

void BookingDetails::showBooking(const std::optional<Booking> &booking, const QString &contact,
    const QString &type, const QString &resource, const QTimeZone &zone, const QString &localHint)
{
    m_id = booking ? booking->id : 0;
    m_contactId = booking ? booking->contactId : 0;
    m_ui->emptyLabel->setVisible(!booking);
    m_ui->detailsScroll->setVisible(bool(booking));
    if (!booking)
        return;
    const QLocale locale;
    m_ui->detailContact->setText(contact);
    m_ui->detailType->setText(type);
    m_ui->detailResource->setText(resource);
    m_ui->detailStatus->setText(BookingsModel::statusText(booking->status));
    const QDateTime start = booking->startsAt.toTimeZone(zone);
    m_ui->detailWhen->setText(
        tr("%1, %2 – %3")
            .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM yyyy")),
                CalendarRules::timeText(start.time()),
                CalendarRules::timeText(booking->endsAt.toTimeZone(zone).time())));
    m_ui->detailLocal->setText(localHint);
    m_ui->detailLocal->setVisible(!localHint.isEmpty());
    m_ui->detailNotes->setText(booking->notes.isEmpty() ? tr("None") : booking->notes);
    m_ui->detailCreated->setText(CalendarRules::dateTimeText(booking->createdAt.toTimeZone(zone)));
    m_ui->detailUpdated->setText(CalendarRules::dateTimeText(booking->updatedAt.toTimeZone(zone)));
    const bool open = booking->status != u"cancelled" && booking->status != u"completed";
    m_ui->editButton->setEnabled(open);
    m_ui->confirmButton->setEnabled(booking->status == u"pending");
    m_ui->completeButton->setEnabled(open);
    m_ui->cancelBookingButton->setEnabled(open);
    m_ui->openContactButton->setVisible(m_canOpenContact);
}
