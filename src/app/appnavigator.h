// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panenavigator.h"

#include <QDateTime>
#include <QPointer>
#include <QString>

#include <functional>

class MainWindow;

// The app's PaneNavigator: each destination is a pane id plus the pane's entry point,
// registered when the window's panes are built. Navigating switches the window to that
// pane first, then calls the entry point.
class AppNavigator final : public PaneNavigator
{
public:
    using ContactIdHandler = std::function<void(int contactId)>;
    using BookingHandler = std::function<void(const ContactRef &contact)>;
    using BookingOpenHandler = std::function<void(qint64 bookingId, const QDateTime &start)>;

    // A new window (language switch, profile switch) forgets every destination of the old one.
    void reset(MainWindow *window);

    void setContactTarget(const QString &paneId, ContactIdHandler handler);
    void setConversationTarget(const QString &paneId, ContactIdHandler handler);
    void setBookingTarget(const QString &paneId, BookingHandler handler);
    void setBookingOpenTarget(const QString &paneId, BookingOpenHandler handler);

    bool canOpenContact() const override;
    void openContact(int contactId) override;
    bool canOpenConversation() const override;
    void openConversation(int contactId) override;
    bool canBookAppointment() const override;
    void bookAppointment(const ContactRef &contact) override;
    // Not part of PaneNavigator: only the command palette (app layer) shows one booking.
    bool canOpenBooking() const;
    void openBooking(qint64 bookingId, const QDateTime &start);

private:
    template<typename Handler>
    struct Target
    {
        QString paneId;
        Handler handler;
    };

    bool show(const QString &paneId);

    QPointer<MainWindow> m_window;
    Target<ContactIdHandler> m_contact;
    Target<ContactIdHandler> m_conversation;
    Target<BookingHandler> m_booking;
    Target<BookingOpenHandler> m_bookingOpen;
};
