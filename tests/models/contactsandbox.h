// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "apiconnection.h"
#include "ratelimiter.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>

#include <memory>

// The contacts tests' server: the real sandbox (demo seed unless told) with a generous
// rate limit, and a RestContactsApi signed in with its demo key.
struct ContactSandbox
{
    std::unique_ptr<SandboxFixture> fixture;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RestContactsApi> api;

    bool start(const QString &seed = QStringLiteral("demo"), int ratePerMinute = 100000)
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = seed;
        options.rateLimitPerMinute = ratePerMinute;
        fixture = std::make_unique<SandboxFixture>(options);
        if (!fixture->start())
            return false;
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ApiClient>(network.get());
        client->rateLimiter()->setLimit(ratePerMinute);
        ApiConnection connection;
        connection.baseUrl = fixture->baseUrl();
        connection.apiKey = fixture->apiKey();
        client->setConnection(connection);
        api = std::make_unique<RestContactsApi>(client.get());
        return true;
    }
};
