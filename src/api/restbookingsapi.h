// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "bookingsapi.h"

class ApiClient;

class RestBookingsApi final : public BookingsApi
{
public:
    explicit RestBookingsApi(ApiClient *client, RequestPriority priority = RequestPriority::User);

    void list(
        const BookingQuery &query, QObject *context, ApiCallback<Page<Booking>> callback) override;
    void get(qint64 id, QObject *context, ApiCallback<Booking> callback) override;
    void create(
        const BookingInput &input, QObject *context, ApiCallback<Booking> callback) override;
    void update(qint64 id, const BookingInput &input, QObject *context,
        ApiCallback<Booking> callback) override;
    void cancel(qint64 id, QObject *context, ApiCallback<Booking> callback) override;
    void listTypes(QObject *context, ApiCallback<QList<BookingType>> callback) override;
    void listResources(QObject *context, ApiCallback<QList<Resource>> callback) override;
    void availability(const AvailabilityQuery &query, QObject *context,
        ApiCallback<AvailabilityDay> callback) override;

private:
    ApiClient *m_client;
    RequestPriority m_priority;
};
