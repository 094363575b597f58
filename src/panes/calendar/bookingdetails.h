// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace Ui {
class BookingDetails;
}

// The selected booking in full: contact (with a way to open it), type, resource, status,
// times, notes, created and updated; and the buttons that act on it.
class BookingDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit BookingDetails(QWidget *parent = nullptr);
    ~BookingDetails() override;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void alignValues();

    std::unique_ptr<Ui::BookingDetails> m_ui; // the form: ui/bookingdetails.ui
    qint64 m_id = 0;
    qint64 m_contactId = 0;
    bool m_canOpenContact = false;
};
