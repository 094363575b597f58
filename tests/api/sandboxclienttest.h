// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "contact.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

// Shared set-up of the tests that run the API classes against the real sandbox: one
// sandbox per test executable, a fresh ApiClient (quick retries) per test function.
class SandboxClientTest : public QObject
{
protected:
    // Call from initTestCase(); a generous rate limit, as the files make hundreds of calls.
    bool startSandbox(const QString &seed = {});
    void createClient(); // from init()
    void destroyClient(); // from cleanup(): also removes every installed fault

    ApiConnection demoConnection() const;
    bool addFault(const QJsonObject &fault);
    Contact createContact(const QString &name, const QString &phone);

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};
