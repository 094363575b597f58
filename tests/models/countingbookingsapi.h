// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingsapi.h"

// Passes every call on to a real BookingsApi and counts them, so tests and benchmarks can
// say how many requests a user action cost.
class CountingBookingsApi final : public BookingsApi
{
public:
    explicit CountingBookingsApi(BookingsApi &inner)
        : m_inner(inner)
    {
    }

    void list(
        const BookingQuery &query, QObject *context, ApiCallback<Page<Booking>> callback) override
    {
        ++lists;
        m_inner.list(query, context, std::move(callback));
    }
    void get(qint64 id, QObject *context, ApiCallback<Booking> callback) override
    {
        ++gets;
        m_inner.get(id, context, std::move(callback));
    }
    void create(const BookingInput &input, QObject *context, ApiCallback<Booking> callback) override
    {
        ++creates;
        m_inner.create(input, context, std::move(callback));
    }
    void update(qint64 id, const BookingInput &input, QObject *context,
        ApiCallback<Booking> callback) override
    {
        ++updates;
        m_inner.update(id, input, context, std::move(callback));
    }
    void cancel(qint64 id, QObject *context, ApiCallback<Booking> callback) override
    {
        ++cancels;
        m_inner.cancel(id, context, std::move(callback));
    }
    void listTypes(QObject *context, ApiCallback<QList<BookingType>> callback) override
    {
        m_inner.listTypes(context, std::move(callback));
    }
    void listResources(QObject *context, ApiCallback<QList<Resource>> callback) override
    {
        m_inner.listResources(context, std::move(callback));
    }
    void availability(const AvailabilityQuery &query, QObject *context,
        ApiCallback<AvailabilityDay> callback) override
    {
        ++availabilities;
        m_inner.availability(query, context, std::move(callback));
    }

    int lists = 0;
    int gets = 0;
    int creates = 0;
    int updates = 0;
    int cancels = 0;
    int availabilities = 0;

private:
    BookingsApi &m_inner;
};
