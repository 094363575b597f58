// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"
#include "bookingquery.h"

#include <QObject>

#include <functional>

class ApiError;
class BookingsApi;

// Every booking of one query, all pages: what the day sheet prints. The List view pages on
// scroll and may cover other days, so its loaded rows are never the whole day. A new load()
// drops the answers of the one before.
class DayBookingsLoader final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QList<Booking> &bookings)>;
    using Failed = std::function<void(const ApiError &error)>;

    explicit DayBookingsLoader(BookingsApi &api, QObject *parent = nullptr);

    void load(const BookingQuery &query, Done done, Failed failed);
    bool isLoading() const { return m_loading; }

private:
    void requestPage(int page, int generation);

    BookingsApi &m_api;
    BookingQuery m_query;
    QList<Booking> m_bookings;
    Done m_done;
    Failed m_failed;
    int m_generation = 0;
    bool m_loading = false;
};
