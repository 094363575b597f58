// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiconnectiontester.h"

#include "apiclient.h"
#include "restaccountapi.h"

#include <memory>

ApiConnectionTester::ApiConnectionTester(QNetworkAccessManager *network)
    : m_network(network)
{
}

void ApiConnectionTester::test(const ApiConnection &connection, QObject *context, Callback callback)
{
    // The client dies with the context (request aborted, no callback) or after the answer.
    auto *client = new ApiClient(m_network, context);
    client->setConnection(connection);
    auto api = std::make_shared<RestAccountApi>(client);
    api->fetchAccount(context, [client, api, callback = std::move(callback)](const ApiResult<Account> &result) {
        Outcome outcome;
        if (result)
            outcome.businessName = result.value().businessName;
        else
            outcome.error = result.error();
        client->deleteLater();
        callback(outcome);
    });
}
