// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliverysink.h"

namespace Sandbox {

class Clock;
class Database;

// The deliveries log in SQLite (table webhook_deliveries). Called from the dispatcher's
// callbacks, outside any request, so a database error is logged and swallowed rather than
// thrown into the event loop.
class DatabaseDeliverySink : public DeliverySink
{
public:
    DatabaseDeliverySink(Database &database, Clock &clock);

    qint64 attemptStarted(const DeliveryAttempt &attempt) override;
    void attemptFinished(const DeliveryAttempt &attempt) override;
    QString signingSecret(qint64 webhookId) override;

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Sandbox
