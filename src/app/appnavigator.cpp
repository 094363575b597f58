// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appnavigator.h"

#include "mainwindow.h"

void AppNavigator::reset(MainWindow *window)
{
    m_window = window;
    m_contact = {};
    m_conversation = {};
    m_booking = {};
    m_bookingOpen = {};
}

void AppNavigator::setContactTarget(const QString &paneId, ContactIdHandler handler)
{
    m_contact = {paneId, std::move(handler)};
}

void AppNavigator::setConversationTarget(const QString &paneId, ContactIdHandler handler)
{
    m_conversation = {paneId, std::move(handler)};
}

void AppNavigator::setBookingTarget(const QString &paneId, BookingHandler handler)
{
    m_booking = {paneId, std::move(handler)};
}

void AppNavigator::setBookingOpenTarget(const QString &paneId, BookingOpenHandler handler)
{
    m_bookingOpen = {paneId, std::move(handler)};
}

bool AppNavigator::canOpenBooking() const
{
    return m_window && m_bookingOpen.handler;
}

void AppNavigator::openBooking(qint64 bookingId, const QDateTime &start)
{
    if (canOpenBooking() && show(m_bookingOpen.paneId))
        m_bookingOpen.handler(bookingId, start);
}

bool AppNavigator::canOpenContact() const
{
    return m_window && m_contact.handler;
}

void AppNavigator::openContact(int contactId)
{
    if (canOpenContact() && show(m_contact.paneId))
        m_contact.handler(contactId);
}

bool AppNavigator::canOpenConversation() const
{
    return m_window && m_conversation.handler;
}

void AppNavigator::openConversation(int contactId)
{
    if (canOpenConversation() && show(m_conversation.paneId))
        m_conversation.handler(contactId);
}

bool AppNavigator::canBookAppointment() const
{
    return m_window && m_booking.handler;
}

void AppNavigator::bookAppointment(const ContactRef &contact)
{
    if (canBookAppointment() && show(m_booking.paneId))
        m_booking.handler(contact);
}

bool AppNavigator::show(const QString &paneId)
{
    m_window->setCurrentPane(paneId);
    return m_window->currentPaneId() == paneId;
}
