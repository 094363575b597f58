// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restwebhooksapi.h"

#include "apiclient.h"
#include "apidecode.h"

namespace {
QString webhookPath(qint64 id, const QString &tail = {})
{
    return QStringLiteral("/webhooks/") + QString::number(id) + tail;
}
} // namespace

RestWebhooksApi::RestWebhooksApi(ApiClient *client, RequestPriority priority)
    : m_client(client)
    , m_priority(priority)
{
}

void RestWebhooksApi::list(
    const PageRequest &page, QObject *context, ApiCallback<Page<Webhook>> callback)
{
    QUrlQuery query;
    page.addTo(query);
    ApiRequest request = ApiRequest::get(QStringLiteral("/webhooks"), query);
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<Webhook>(std::move(callback)));
}

void RestWebhooksApi::get(qint64 id, QObject *context, ApiCallback<Webhook> callback)
{
    ApiRequest request = ApiRequest::get(webhookPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Webhook>(std::move(callback)));
}

void RestWebhooksApi::create(
    const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/webhooks"), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Webhook>(std::move(callback)));
}

void RestWebhooksApi::update(
    qint64 id, const WebhookInput &input, QObject *context, ApiCallback<Webhook> callback)
{
    ApiRequest request = ApiRequest::put(webhookPath(id), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Webhook>(std::move(callback)));
}

void RestWebhooksApi::remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback)
{
    ApiRequest request = ApiRequest::remove(webhookPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asDone(std::move(callback)));
}

void RestWebhooksApi::sendTest(
    qint64 id, const QString &event, QObject *context, ApiCallback<WebhookDelivery> callback)
{
    QJsonObject body;
    if (!event.isEmpty())
        body.insert(QStringLiteral("event"), event);
    ApiRequest request = ApiRequest::post(webhookPath(id, QStringLiteral("/test")), body);
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<WebhookDelivery>(std::move(callback)));
}

void RestWebhooksApi::listDeliveries(qint64 id, const DeliveryQuery &query, QObject *context,
    ApiCallback<Page<WebhookDelivery>> callback)
{
    ApiRequest request
        = ApiRequest::get(webhookPath(id, QStringLiteral("/deliveries")), query.toQuery());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<WebhookDelivery>(std::move(callback)));
}

void RestWebhooksApi::regenerateSecret(
    qint64 id, QObject *context, ApiCallback<WebhookSecret> callback)
{
    ApiRequest request = ApiRequest::post(webhookPath(id, QStringLiteral("/regenerate-secret")));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<WebhookSecret>(std::move(callback)));
}

void RestWebhooksApi::listEvents(QObject *context, ApiCallback<QList<WebhookEvent>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/webhooks/events"));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asList<WebhookEvent>(std::move(callback)));
}
