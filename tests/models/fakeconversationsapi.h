// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversationsapi.h"

#include <QList>
#include <QObject>
#include <QPointer>

// A ConversationsApi whose answers the test gives, call by call, in the order asked.
class FakeConversationsApi final : public ConversationsApi
{
public:
    template<typename T, typename Args>
    struct Call
    {
        Args args;
        QPointer<QObject> context;
        ApiCallback<T> callback;
        void answer(const ApiResult<T> &result)
        {
            auto cb = std::move(callback);
            callback = nullptr;
            if (context && cb)
                cb(result);
        }
    };
    struct MessagesArgs
    {
        qint64 contactId;
        PageRequest page;
    };

    void listConversations(const ConversationQuery &query, QObject *context,
                           ApiCallback<Page<Conversation>> callback) override
    {
        conversationCalls.append({query, context, std::move(callback)});
    }
    void listMessages(qint64 contactId, const PageRequest &page, QObject *context,
                      ApiCallback<Page<Message>> callback) override
    {
        messageCalls.append({{contactId, page}, context, std::move(callback)});
    }
    void send(const MessageDraft &draft, QObject *context, ApiCallback<Message> callback) override
    {
        sendCalls.append({draft, context, std::move(callback)});
    }

    QList<Call<Page<Conversation>, ConversationQuery>> conversationCalls;
    QList<Call<Page<Message>, MessagesArgs>> messageCalls;
    QList<Call<Message, MessageDraft>> sendCalls;
};

inline PageMeta pageMeta(int page, int lastPage, int perPage = 30)
{
    PageMeta m;
    m.currentPage = page;
    m.lastPage = lastPage;
    m.perPage = perPage;
    m.total = lastPage * perPage;
    return m;
}
