// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrlQuery>

namespace Sandbox {

// A copy of everything a handler may read from one HTTP request. It is a plain value (not
// a reference to QHttpServerRequest) so a request can be answered later, e.g. after an
// injected latency, when QtHttpServer's own request object is gone.
struct Request
{
    QString method; // "GET", "POST", ...
    QString path; // "/api/v1/contacts/42", percent-decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QJsonValue json; // parsed body; Undefined when the body is empty
    QStringList args; // values of the {parameters}, in order
    qint64 apiKeyId = 0; // the authenticated key

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The body as an object; empty when the body is empty or another JSON type.
    QJsonObject object() const { return json.toObject(); }
    bool bodyIsObject() const { return json.isObject(); }
    // The query item, fully decoded; empty when absent.
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    // The n-th path parameter as a positive id; 0 when it is not one (the handler answers 404).
    qint64 idArg(int n = 0) const;
};

} // namespace Sandbox
