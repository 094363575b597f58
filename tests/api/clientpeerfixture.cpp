// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientpeerfixture.h"

#include <QTest>

#include <optional>

const QByteArray AccountJson = QByteArrayLiteral(
    R"({"success":true,"data":{"id":1,"business_name":"Acme Clinic","email":"hello@acme.test",)"
    R"("phone":"+971501234567","timezone":"UTC","locale":"en","logo_url":null,)"
    R"("created_at":"2026-03-01T08:00:00.000000Z"}})");

QNetworkReply *CountingNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *data)
{
    ++created;
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
    replies.append(reply);
    return reply;
}

ClientPeerFixture::ClientPeerFixture()
    : client(&network)
{
    client.setRetryPolicy(fastRetries());
    if (peer.listen())
        connectTo(peer.baseUrl());
}

void ClientPeerFixture::connectTo(const QString &baseUrl, ApiConnection::AuthStyle style)
{
    ApiConnection connection;
    connection.baseUrl = QUrl(baseUrl);
    connection.apiKey = QStringLiteral("sk_test_secret123");
    connection.authStyle = style;
    client.setConnection(connection);
}

ApiResult<ApiEnvelope> ClientPeerFixture::roundTrip(const ApiRequest &request, int timeoutMs)
{
    std::optional<ApiResult<ApiEnvelope>> result;
    int calls = 0;
    QObject context;
    client.send(request, &context, [&](const ApiResult<ApiEnvelope> &r) {
        result.emplace(r);
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        ApiError silent;
        silent.detail = QStringLiteral("no callback within %1 ms").arg(timeoutMs);
        return silent;
    }
    QTest::qWait(50); // a second callback would show up here
    if (calls != 1) {
        ApiError twice;
        twice.detail = QStringLiteral("callback ran %1 times").arg(calls);
        return twice;
    }
    return *result;
}

RetryPolicy ClientPeerFixture::fastRetries(int maxAttempts)
{
    RetryPolicy policy;
    policy.setMaxAttempts(maxAttempts);
    policy.setBaseDelayMs(20);
    policy.setJitterSource([] { return 0.0; });
    return policy;
}

RawHttpPeer::Reply ClientPeerFixture::hang()
{
    RawHttpPeer::Reply reply;
    reply.action = RawHttpPeer::Action::Hang;
    return reply;
}

RawHttpPeer::Reply ClientPeerFixture::drop()
{
    RawHttpPeer::Reply reply;
    reply.action = RawHttpPeer::Action::Drop;
    return reply;
}
