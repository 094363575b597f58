// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restaccountapi.h"

#include "apiclient.h"
#include "apidecode.h"

RestAccountApi::RestAccountApi(ApiClient *client, RequestPriority priority)
    : m_client(client)
    , m_priority(priority)
{
}

void RestAccountApi::fetchAccount(QObject *context, ApiCallback<Account> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/account"));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Account>(std::move(callback)));
}

void RestAccountApi::updateAccount(
    const AccountUpdate &update, QObject *context, ApiCallback<Account> callback)
{
    ApiRequest request = ApiRequest::patch(QStringLiteral("/account"), update.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Account>(std::move(callback)));
}

void RestAccountApi::fetchSubscription(QObject *context, ApiCallback<Subscription> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/account/subscription"));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Subscription>(std::move(callback)));
}

void RestAccountApi::fetchChannels(QObject *context, ApiCallback<QList<Channel>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/account/channels"));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asList<Channel>(std::move(callback)));
}
