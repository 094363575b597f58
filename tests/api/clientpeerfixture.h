// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "rawhttppeer.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>

// The account body most peer tests answer with.
extern const QByteArray AccountJson;

// Counts the requests the client hands to the network stack, to prove "no request sent".
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;
    QList<QPointer<QNetworkReply>> replies; // every reply made, while it lives

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *data) override;
};

// An ApiClient talking to a RawHttpPeer on 127.0.0.1, with quick, jitter-free retries.
// Members are declared in construction order: the client uses the network manager.
struct ClientPeerFixture
{
    ClientPeerFixture();

    void connectTo(
        const QString &baseUrl, ApiConnection::AuthStyle style = ApiConnection::AuthStyle::Bearer);
    // Sends one raw request and waits for its callback. A callback that never comes, or
    // comes twice, gives an ApiError of kind None with the reason in detail, which fails
    // every isOk() and kind check.
    ApiResult<ApiEnvelope> roundTrip(const ApiRequest &request, int timeoutMs = 10000);

    static RetryPolicy fastRetries(int maxAttempts = 3);
    static RawHttpPeer::Reply hang();
    static RawHttpPeer::Reply drop();

    CountingNetworkAccessManager network;
    ApiClient client;
    RawHttpPeer peer;
};
