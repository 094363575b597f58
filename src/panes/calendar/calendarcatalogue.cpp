// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcatalogue.h"

#include "accountapi.h"
#include "bookingsapi.h"

CalendarCatalogue::CalendarCatalogue(AccountApi &account, BookingsApi &bookings, QObject *parent)
    : QObject(parent)
    , m_accountApi(account)
    , m_bookingsApi(bookings)
{
}

void CalendarCatalogue::load()
{
    const int generation = ++m_generation;
    m_pending = 3;
    m_failed = false;
    m_accountApi.fetchAccount(this, [this, generation](const ApiResult<Account> &result) {
        if (generation != m_generation)
            return;
        if (!result)
            return fail(generation, result.error());
        takeAccount(result.value());
        answered(generation);
    });
    m_bookingsApi.listTypes(this, [this, generation](const ApiResult<QList<BookingType>> &result) {
        if (generation != m_generation)
            return;
        if (!result)
            return fail(generation, result.error());
        m_types = result.value();
        Q_EMIT typesLoaded();
        answered(generation);
    });
    m_bookingsApi.listResources(this, [this, generation](const ApiResult<QList<Resource>> &result) {
        if (generation != m_generation)
            return;
        if (!result)
            return fail(generation, result.error());
        m_resources = result.value();
        Q_EMIT resourcesLoaded();
        answered(generation);
    });
}

void CalendarCatalogue::setAccount(const Account &account)
{
    takeAccount(account);
}

void CalendarCatalogue::takeAccount(const Account &account)
{
    m_account = account;
    const QTimeZone zone(m_account.timezone.toUtf8());
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    Q_EMIT accountLoaded();
}

void CalendarCatalogue::answered(int generation)
{
    if (generation == m_generation && --m_pending == 0)
        Q_EMIT ready();
}

void CalendarCatalogue::fail(int generation, const ApiError &error)
{
    if (generation != m_generation || m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(error);
}
