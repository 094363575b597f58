// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

namespace Sandbox::Envelope {

Response success(const QJsonValue &data, const QString &message, int status)
{
    QJsonObject object { { QStringLiteral("success"), true }, { QStringLiteral("data"), data } };
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    return Response::json(object, status);
}

Response created(const QJsonValue &data, const QString &message)
{
    return success(data, message, 201);
}

Response list(const QJsonArray &data, const QJsonObject &meta)
{
    return Response::json({ { QStringLiteral("success"), true }, { QStringLiteral("data"), data },
        { QStringLiteral("meta"), meta } });
}

Response error(int status, const QString &message)
{
    return Response::json(
        { { QStringLiteral("success"), false }, { QStringLiteral("message"), message } }, status);
}

Response validation(const QMap<QString, QStringList> &errors)
{
    QJsonObject fields;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return Response::json(
        { { QStringLiteral("success"), false },
            { QStringLiteral("message"), QStringLiteral("The given data was invalid.") },
            { QStringLiteral("errors"), fields } },
        422);
}

Response validation(const QString &field, const QString &message)
{
    return validation(QMap<QString, QStringList> { { field, { message } } });
}

Response notFound(const QString &what)
{
    return error(404,
        what.isEmpty() ? QStringLiteral("Not found.") : QStringLiteral("%1 not found.").arg(what));
}

} // namespace Sandbox::Envelope
