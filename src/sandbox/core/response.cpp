// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "response.h"
#include "request.h"

#include <QJsonDocument>

namespace Sandbox {

Response Response::json(const QJsonObject &object, int status)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

qint64 Request::idArg(int n) const
{
    if (n < 0 || n >= args.size())
        return 0;
    bool ok = false;
    const qint64 id = args.at(n).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Sandbox
