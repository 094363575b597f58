// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "apiresult.h"
#include "channel.h"
#include "subscription.h"

#include <QList>

class QObject;

// The account endpoints. Every callback runs at most once, and never after context died.
class AccountApi
{
public:
    virtual ~AccountApi() = default;

    virtual void fetchAccount(QObject *context, ApiCallback<Account> callback) = 0;
    virtual void updateAccount(
        const AccountUpdate &update, QObject *context, ApiCallback<Account> callback)
        = 0;
    virtual void fetchSubscription(QObject *context, ApiCallback<Subscription> callback) = 0;
    virtual void fetchChannels(QObject *context, ApiCallback<QList<Channel>> callback) = 0;
};
