// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountapi.h"

#include <QObject>
#include <QPointer>

#include <functional>

// An AccountApi whose answers the test decides. Calls are held until the test answers
// them, so tests can check what happens while requests are in flight.
class FakeAccountApi final : public AccountApi
{
public:
    template<typename T>
    struct Pending
    {
        QPointer<QObject> context;
        ApiCallback<T> callback;
        bool isOpen() const { return bool(callback); }
        void answer(const ApiResult<T> &result)
        {
            auto cb = std::move(callback);
            callback = nullptr;
            if (context && cb)
                cb(result);
        }
    };

    void fetchAccount(QObject *context, ApiCallback<Account> callback) override
    {
        ++accountCalls;
        account = {context, std::move(callback)};
    }
    void updateAccount(const AccountUpdate &u, QObject *context, ApiCallback<Account> callback) override
    {
        lastUpdate = u;
        update = {context, std::move(callback)};
    }
    void fetchSubscription(QObject *context, ApiCallback<Subscription> callback) override
    {
        subscription = {context, std::move(callback)};
    }
    void fetchChannels(QObject *context, ApiCallback<QList<Channel>> callback) override
    {
        ++channelCalls;
        channels = {context, std::move(callback)};
    }

    Pending<Account> account;
    Pending<Account> update;
    Pending<Subscription> subscription;
    Pending<QList<Channel>> channels;
    AccountUpdate lastUpdate;
    int accountCalls = 0;
    int channelCalls = 0;
};
