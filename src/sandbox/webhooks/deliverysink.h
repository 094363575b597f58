// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliveryattempt.h"

namespace Sandbox {

// Where the dispatcher records attempts and finds the current secret. The sandbox backs it
// with the database; tests back it with a list.
class DeliverySink
{
public:
    virtual ~DeliverySink() = default;

    // Records a pending attempt and returns its id (sent as X-SkyLight-Delivery).
    virtual qint64 attemptStarted(const DeliveryAttempt &attempt) = 0;
    // Updates the attempt with its outcome (status, response, duration, error).
    virtual void attemptFinished(const DeliveryAttempt &attempt) = 0;
    // The webhook's secret right now, so a regenerated secret signs the very next
    // attempt; empty when the webhook no longer exists (retries then stop).
    virtual QString signingSecret(qint64 webhookId) = 0;
};

} // namespace Sandbox
