// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

// A failed API call, typed so callers can react (ask for the key again on Unauthorized,
// show field errors inline on Validation) and turned into user text by userMessage().
class ApiError
{
public:
    enum class Kind
    {
        None,
        Network,
        Timeout,
        Tls,
        Unauthorized,
        Forbidden,
        NotFound,
        Validation,
        RateLimited,
        Server,
        MalformedResponse,
        Cancelled,
        InsecureUrl,
        ResponseTooLarge // the answer passed ApiClient::maxResponseBytes() and was not read
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, const QString &message = {});

    // Maps a non-2xx HTTP status to the kind of error it stands for.
    static Kind kindForStatus(int httpStatus);
    static ApiError malformed(const QString &detail);

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString serverMessage; // the envelope's "message", as sent
    QMap<QString, QStringList> fieldErrors; // the envelope's "errors" (422)
    QDateTime retryAfter; // UTC; valid only for RateLimited
    QString detail; // for developers and logs, never shown alone
    // The body was the API's own error envelope ("success": false, or a message or field
    // errors), not a proxy's page: the API saw the request and refused it (WriteOutcome).
    bool fromErrorEnvelope = false;
    // No byte of the request left this computer: the connection was refused or the host
    // (or proxy) name did not resolve. Only errors raised before a connection exists set
    // it; a drop or time-out after connecting never does (WriteOutcome: Refused).
    bool requestNeverSent = false;

    bool isError() const { return kind != Kind::None; }
};
