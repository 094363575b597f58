// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "webhooksapi.h"

class ApiClient;

class RestWebhooksApi final : public WebhooksApi
{
public:
    explicit RestWebhooksApi(ApiClient *client, RequestPriority priority = RequestPriority::User);

    void list(
        const PageRequest &page, QObject *context, ApiCallback<Page<Webhook>> callback) override;
    void get(qint64 id, QObject *context, ApiCallback<Webhook> callback) override;
    void create(
        const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback) override;
    void update(qint64 id, const WebhookInput &input, QObject *context,
        ApiCallback<Webhook> callback) override;
    void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) override;
    void sendTest(qint64 id, const QString &event, QObject *context,
        ApiCallback<WebhookDelivery> callback) override;
    void listDeliveries(qint64 id, const DeliveryQuery &query, QObject *context,
        ApiCallback<Page<WebhookDelivery>> callback) override;
    void regenerateSecret(
        qint64 id, QObject *context, ApiCallback<WebhookSecret> callback) override;
    void listEvents(QObject *context, ApiCallback<QList<WebhookEvent>> callback) override;

private:
    ApiClient *m_client;
    RequestPriority m_priority;
};
