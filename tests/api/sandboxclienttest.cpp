// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxclienttest.h"

#include "apierrortext.h"
#include "restcontactsapi.h"
#include "sandboxcall.h"

bool SandboxClientTest::startSandbox(const QString &seed)
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.seed = seed;
    options.rateLimitPerMinute = 100000;
    m_fixture = std::make_unique<SandboxFixture>(options);
    if (m_fixture->start())
        return true;
    qWarning("sandbox did not start: %s", qPrintable(m_fixture->error()));
    return false;
}

void SandboxClientTest::createClient()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    RetryPolicy fast;
    fast.setBaseDelayMs(20);
    m_client->setRetryPolicy(fast);
    m_client->setConnection(demoConnection());
}

void SandboxClientTest::destroyClient()
{
    m_client.reset();
    m_network.reset();
    if (m_fixture)
        m_fixture->http().del(QStringLiteral("/_sandbox/faults"));
}

ApiConnection SandboxClientTest::demoConnection() const
{
    ApiConnection connection;
    connection.baseUrl = m_fixture->baseUrl();
    connection.apiKey = m_fixture->apiKey();
    return connection;
}

bool SandboxClientTest::addFault(const QJsonObject &fault)
{
    return m_fixture->http().post(QStringLiteral("/_sandbox/faults"), fault).status == 201;
}

Contact SandboxClientTest::createContact(const QString &name, const QString &phone)
{
    RestContactsApi contacts(m_client.get());
    ContactInput input;
    input.name = name;
    input.phone = phone;
    input.channel = QStringLiteral("whatsapp");
    const ApiResult<Contact> created = AWAIT(Contact, contacts.create(input, ctx, cb));
    if (!created)
        qWarning("create contact failed: %s", qPrintable(userMessage(created.error())));
    return created ? created.value() : Contact();
}
