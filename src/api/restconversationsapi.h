// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "conversationsapi.h"

class ApiClient;

class RestConversationsApi final : public ConversationsApi
{
public:
    explicit RestConversationsApi(
        ApiClient *client, RequestPriority priority = RequestPriority::User);

    void listConversations(const ConversationQuery &query, QObject *context,
        ApiCallback<Page<Conversation>> callback) override;
    void listMessages(qint64 contactId, const PageRequest &page, QObject *context,
        ApiCallback<Page<Message>> callback) override;
    void send(const MessageDraft &draft, QObject *context, ApiCallback<Message> callback) override;

private:
    ApiClient *m_client;
    RequestPriority m_priority;
};
