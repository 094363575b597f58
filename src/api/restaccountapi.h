// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountapi.h"
#include "apirequest.h"

class ApiClient;

// AccountApi over REST: GET/PATCH /account, GET /account/subscription, /account/channels.
class RestAccountApi final : public AccountApi
{
public:
    explicit RestAccountApi(ApiClient *client, RequestPriority priority = RequestPriority::User);

    void fetchAccount(QObject *context, ApiCallback<Account> callback) override;
    void updateAccount(
        const AccountUpdate &update, QObject *context, ApiCallback<Account> callback) override;
    void fetchSubscription(QObject *context, ApiCallback<Subscription> callback) override;
    void fetchChannels(QObject *context, ApiCallback<QList<Channel>> callback) override;

private:
    ApiClient *m_client;
    RequestPriority m_priority;
};
