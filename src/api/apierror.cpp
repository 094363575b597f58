// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

ApiError::ApiError(Kind errorKind, int status, const QString &message)
    : kind(errorKind)
    , httpStatus(status)
    , serverMessage(message)
{
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    // Every other 4xx means the server refused what we sent (400 bad JSON, 409, 422):
    // the user can correct it, unlike a 5xx.
    if (httpStatus >= 400 && httpStatus < 500)
        return Kind::Validation;
    return Kind::Server;
}

ApiError ApiError::malformed(const QString &why)
{
    ApiError error(Kind::MalformedResponse);
    error.detail = why;
    return error;
}
