// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace Sandbox {

class Database;
struct ServiceContext;

// The "demo" data set, on top of the baseline (account, subscription, channels, admin,
// demo key): the seed documents' own objects with their ids (contact 42 Sarah Johnson,
// booking type 3, resource 1, booking 101), about 240 contacts with English and Arabic
// names on every channel, message history of every type and status, 4 booking types,
// 4 resources, two weeks of bookings around "now" in every status, a team of every role
// and 2 webhooks with successful and failed deliveries. Deterministic for a given "now".
// Runs inside the caller's transaction; throws SqlError on failure.
class DemoSeeder
{
public:
    explicit DemoSeeder(ServiceContext &context);

    void run();

    // Contact ids the demo uses (1..contactCount, 42 is Sarah Johnson).
    static constexpr int contactCount = 240;

private:
    void seedTeam();
    void seedDocumentedObjects();
    void seedContacts();
    void seedMessages();
    void seedBookingSetup();
    void seedBookings();
    void seedWebhooks();

    ServiceContext &m_context;
    Database &m_db;
    QDateTime m_now;
    QRandomGenerator m_random;
};

} // namespace Sandbox
