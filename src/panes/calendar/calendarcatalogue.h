// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "bookingtype.h"
#include "resource.h"

#include <QObject>
#include <QTimeZone>

class AccountApi;
class ApiError;
class BookingsApi;

// What the calendar must know before it asks for bookings: the account (its time zone and
// business name), the booking types and the resources, asked for together. Answers to an
// older load() are dropped; a failure is reported once per load.
class CalendarCatalogue final : public QObject
{
    Q_OBJECT

public:
    CalendarCatalogue(AccountApi &account, BookingsApi &bookings, QObject *parent = nullptr);

    void load();
    // The account as saved elsewhere (the Account section): its zone applies at once.
    void setAccount(const Account &account);
    bool hasStarted() const { return m_generation > 0; }
    // The last load() failed and nothing has loaded since: the pane's refresh tries again.
    bool hasFailed() const { return m_failed; }
    const Account &account() const { return m_account; }
    QTimeZone zone() const { return m_zone; } // UTC when the account names none we know
    const QList<BookingType> &types() const { return m_types; }
    const QList<Resource> &resources() const { return m_resources; }

Q_SIGNALS:
    void accountLoaded();
    void typesLoaded();
    void resourcesLoaded();
    void ready(); // all three answered
    void failed(const ApiError &error);

private:
    void takeAccount(const Account &account);
    void answered(int generation);
    void fail(int generation, const ApiError &error);

    AccountApi &m_accountApi;
    BookingsApi &m_bookingsApi;
    Account m_account;
    QTimeZone m_zone = QTimeZone::utc();
    QList<BookingType> m_types;
    QList<Resource> m_resources;
    int m_generation = 0;
    int m_pending = 0;
    bool m_failed = false;
};
