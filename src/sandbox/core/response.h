// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Sandbox {

// What a handler returns; the router adds the rate-limit headers and writes it.
struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonObject &object, int status = 200);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace Sandbox
