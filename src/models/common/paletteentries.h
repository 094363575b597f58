// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paletteentry.h"

#include <QCoreApplication>

struct Booking;
struct Contact;
struct Conversation;
class QTimeZone;

// How a contact, a conversation or a booking reads as a palette row. One place, so the
// server's results and the locally loaded ones share keys and look alike.
class PaletteEntries
{
    Q_DECLARE_TR_FUNCTIONS(PaletteEntries)

public:
    static PaletteEntry fromContact(const Contact &contact);
    static PaletteEntry fromConversation(const Conversation &conversation);
    // contactName: who the booking is for (the calendar knows; the booking alone does not).
    static PaletteEntry fromBooking(const Booking &booking, const QString &contactName, const QTimeZone &zone);
};
