// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Sandbox {

class Database;

// The bulk of the "large" data set (for benchmarks): 100,000 contacts and 20,000 bookings
// added after the demo data, with prepared statements inside the caller's transaction.
class LargeSeeder
{
public:
    LargeSeeder(Database &database, const QDateTime &now);

    void run(int contacts = 100000, int bookings = 20000);

private:
    void seedContacts(int count);
    void seedBookings(int count);

    Database &m_db;
    QDateTime m_now;
    qint64 m_firstContactId = 0;
    int m_contactCount = 0;
};

} // namespace Sandbox
