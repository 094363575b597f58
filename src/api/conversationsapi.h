// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "conversation.h"
#include "conversationquery.h"
#include "message.h"
#include "messagedraft.h"
#include "page.h"

class QObject;

// The inbox: conversations, a contact's messages, and sending. send() is never retried
// after a time-out or a dropped connection: the message may have gone out (see
// RetryPolicy), so the caller shows the error and lets the user decide.
class ConversationsApi
{
public:
    virtual ~ConversationsApi() = default;

    virtual void listConversations(
        const ConversationQuery &query, QObject *context, ApiCallback<Page<Conversation>> callback)
        = 0;
    virtual void listMessages(qint64 contactId, const PageRequest &page, QObject *context,
        ApiCallback<Page<Message>> callback)
        = 0;
    virtual void send(const MessageDraft &draft, QObject *context, ApiCallback<Message> callback)
        = 0;
};
