// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "page.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// {success, data, message, meta, errors}: the wrapper around every answer.
struct ApiEnvelope
{
    int httpStatus = 0;
    QJsonValue data;
    QString message;
    std::optional<PageMeta> meta;
    // Valid when this answer came from the offline cache instead of the server (UTC).
    QDateTime savedAt;

    // Any 2xx is success whatever "success" says; an empty body (204) is an empty envelope.
    static ApiResult<ApiEnvelope> fromSuccessBody(int httpStatus, const QByteArray &body);
    // The typed error of a non-2xx answer; the body is read when it is an error envelope.
    static ApiError errorFromBody(int httpStatus, const QByteArray &body);
};
