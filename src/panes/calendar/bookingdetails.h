// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;

// The selected booking in full: contact (with a way to open it), type, resource, status,
// times, notes, created and updated; and the buttons that act on it.
class BookingDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit BookingDetails(QWidget *parent = nullptr);

    void showBooking(const std::optional<Booking> &booking, const QString &contact,
        const QString &type, const QString &resource, const QTimeZone &zone,
        const QString &localHint);
    void setCanOpenContact(bool can);
    qint64 bookingId() const { return m_id; }

Q_SIGNALS:
    void openContactRequested(qint64 contactId);
    void contactBookingsRequested(qint64 contactId);
    void editRequested(qint64 bookingId);
    void statusRequested(qint64 bookingId, const QString &status);
    void cancelRequested(qint64 bookingId);

private:
    QLabel *addRow(const QString &label, const char *name);

    qint64 m_id = 0;
    qint64 m_contactId = 0;
    bool m_canOpenContact = false;
    class QFormLayout *m_form;
    QLabel *m_empty;
    QLabel *m_contact;
    QLabel *m_type;
    QLabel *m_resource;
    QLabel *m_status;
    QLabel *m_when;
    QLabel *m_local;
    QLabel *m_notes;
    QLabel *m_created;
    QLabel *m_updated;
    QPushButton *m_openContact;
    QPushButton *m_contactBookings;
    QPushButton *m_edit;
    QPushButton *m_confirm;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    QWidget *m_body;
};
