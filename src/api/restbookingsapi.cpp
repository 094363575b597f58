// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restbookingsapi.h"

#include "apiclient.h"
#include "apidecode.h"

namespace {
QString bookingPath(qint64 id, const QString &tail = {})
{
    return QStringLiteral("/bookings/") + QString::number(id) + tail;
}
} // namespace

RestBookingsApi::RestBookingsApi(ApiClient *client, RequestPriority priority)
    : m_client(client)
    , m_priority(priority)
{
}

void RestBookingsApi::list(
    const BookingQuery &query, QObject *context, ApiCallback<Page<Booking>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/bookings"), query.toQuery());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<Booking>(std::move(callback)));
}

void RestBookingsApi::get(qint64 id, QObject *context, ApiCallback<Booking> callback)
{
    ApiRequest request = ApiRequest::get(bookingPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Booking>(std::move(callback)));
}

void RestBookingsApi::create(
    const BookingInput &input, QObject *context, ApiCallback<Booking> callback)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/bookings"), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Booking>(std::move(callback)));
}

void RestBookingsApi::update(
    qint64 id, const BookingInput &input, QObject *context, ApiCallback<Booking> callback)
{
    ApiRequest request = ApiRequest::put(bookingPath(id), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Booking>(std::move(callback)));
}

void RestBookingsApi::cancel(qint64 id, QObject *context, ApiCallback<Booking> callback)
{
    ApiRequest request = ApiRequest::post(bookingPath(id, QStringLiteral("/cancel")));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Booking>(std::move(callback)));
}

void RestBookingsApi::listTypes(QObject *context, ApiCallback<QList<BookingType>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/bookings/types"));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asList<BookingType>(std::move(callback)));
}

void RestBookingsApi::listResources(QObject *context, ApiCallback<QList<Resource>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/bookings/resources"));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asList<Resource>(std::move(callback)));
}

void RestBookingsApi::availability(
    const AvailabilityQuery &query, QObject *context, ApiCallback<AvailabilityDay> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/bookings/availability"), query.toQuery());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<AvailabilityDay>(std::move(callback)));
}
