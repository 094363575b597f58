// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "availabilityday.h"
#include "availabilityquery.h"
#include "booking.h"
#include "bookinginput.h"
#include "bookingquery.h"
#include "bookingtype.h"
#include "page.h"
#include "resource.h"

#include <QList>

class QObject;

// Bookings, their types, resources and availability (the seed's Bookings section).
class BookingsApi
{
public:
    virtual ~BookingsApi() = default;

    virtual void list(
        const BookingQuery &query, QObject *context, ApiCallback<Page<Booking>> callback)
        = 0;
    virtual void get(qint64 id, QObject *context, ApiCallback<Booking> callback) = 0;
    virtual void create(const BookingInput &input, QObject *context, ApiCallback<Booking> callback)
        = 0;
    virtual void update(
        qint64 id, const BookingInput &input, QObject *context, ApiCallback<Booking> callback)
        = 0;
    virtual void cancel(qint64 id, QObject *context, ApiCallback<Booking> callback) = 0;
    virtual void listTypes(QObject *context, ApiCallback<QList<BookingType>> callback) = 0;
    virtual void listResources(QObject *context, ApiCallback<QList<Resource>> callback) = 0;
    virtual void availability(
        const AvailabilityQuery &query, QObject *context, ApiCallback<AvailabilityDay> callback)
        = 0;
};
