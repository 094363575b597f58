// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "webhook.h"
#include "webhookinput.h"

#include <QSet>

#include <optional>

class QObject;
class WebhooksApi;

// After a webhook create whose outcome is unknown (WriteOutcome), finds the webhook the
// server may have stored: the same URL and events, and not one listed before the create.
class WebhookLookup
{
public:
    using Found = std::optional<Webhook>;

    static void findCreated(WebhooksApi &api, const WebhookInput &input,
        const QSet<qint64> &knownBefore, QObject *context, ApiCallback<Found> callback);
};
