// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daybookingsloader.h"

#include "bookingsapi.h"

namespace {
// A busy day fits in one page; the cap keeps a server that never says "last page" finite.
constexpr int kPerPage = 100;
constexpr int kMaxPages = 50;
} // namespace

DayBookingsLoader::DayBookingsLoader(BookingsApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void DayBookingsLoader::load(const BookingQuery &query, Done done, Failed failed)
{
    m_query = query;
    m_query.page.perPage = kPerPage;
    m_bookings.clear();
    m_done = std::move(done);
    m_failed = std::move(failed);
    m_loading = true;
    requestPage(1, ++m_generation);
}

void DayBookingsLoader::requestPage(int page, int generation)
{
    BookingQuery query = m_query;
    query.page.page = page;
    m_api.list(query, this, [this, page, generation](const ApiResult<Page<Booking>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_loading = false;
            if (m_failed)
                m_failed(result.error());
            return;
        }
        m_bookings += result.value().items;
        if (result.value().meta.hasMore() && page < kMaxPages) {
            requestPage(page + 1, generation);
            return;
        }
        m_loading = false;
        if (m_done)
            m_done(m_bookings);
    });
}
