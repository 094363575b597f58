// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restconversationsapi.h"

#include "apiclient.h"
#include "apidecode.h"

RestConversationsApi::RestConversationsApi(ApiClient *client, RequestPriority priority)
    : m_client(client)
    , m_priority(priority)
{
}

void RestConversationsApi::listConversations(
    const ConversationQuery &query, QObject *context, ApiCallback<Page<Conversation>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/conversations"), query.toQuery());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<Conversation>(std::move(callback)));
}

void RestConversationsApi::listMessages(qint64 contactId, const PageRequest &page, QObject *context,
    ApiCallback<Page<Message>> callback)
{
    QUrlQuery query;
    page.addTo(query);
    ApiRequest request = ApiRequest::get(
        QStringLiteral("/contacts/") + QString::number(contactId) + QStringLiteral("/messages"),
        query);
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<Message>(std::move(callback)));
}

void RestConversationsApi::send(
    const MessageDraft &draft, QObject *context, ApiCallback<Message> callback)
{
    // Always a user action: a message must not wait behind background refreshes.
    ApiRequest request = ApiRequest::post(QStringLiteral("/messages/send"), draft.toJson());
    m_client->send(request, context, ApiDecode::asValue<Message>(std::move(callback)));
}
