// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "booking.h"
#include "bookinginput.h"

#include <QList>
#include <QSet>

#include <optional>

class BookingsApi;
class QObject;

// After a booking create whose outcome is unknown (WriteOutcome), finds the booking the
// server may have made: the same contact, type and start (and resource when one was
// chosen), not cancelled, and not one the user could already see before pressing Book.
class BookingLookup
{
public:
    using Found = std::optional<Booking>;

    static void findCreated(BookingsApi &api, const BookingInput &input,
        const QSet<qint64> &knownBefore, QObject *context, ApiCallback<Found> callback);
    static Found match(
        const QList<Booking> &candidates, const BookingInput &input, const QSet<qint64> &knownBefore);
};
