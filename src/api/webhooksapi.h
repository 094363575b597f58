// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "deliveryquery.h"
#include "page.h"
#include "webhook.h"
#include "webhookdelivery.h"
#include "webhookevent.h"
#include "webhookinput.h"
#include "webhooksecret.h"

#include <QList>

class QObject;

// Webhooks, their delivery log, test deliveries and secret rotation.
class WebhooksApi
{
public:
    virtual ~WebhooksApi() = default;

    virtual void list(
        const PageRequest &page, QObject *context, ApiCallback<Page<Webhook>> callback)
        = 0;
    virtual void get(qint64 id, QObject *context, ApiCallback<Webhook> callback) = 0;
    virtual void create(const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback)
        = 0;
    virtual void update(
        qint64 id, const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback)
        = 0;
    virtual void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) = 0;
    // event empty = the server's choice of sample event.
    virtual void sendTest(
        qint64 id, const QString &event, QObject *context, ApiCallback<WebhookDelivery> callback)
        = 0;
    virtual void listDeliveries(qint64 id, const DeliveryQuery &query, QObject *context,
        ApiCallback<Page<WebhookDelivery>> callback)
        = 0;
    virtual void regenerateSecret(qint64 id, QObject *context, ApiCallback<WebhookSecret> callback)
        = 0;
    virtual void listEvents(QObject *context, ApiCallback<QList<WebhookEvent>> callback) = 0;
};
