// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "response.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sandbox::Envelope {

// {"success": true, "data": ..., "message": ...}; status 200, or 201 for a create.
Response success(const QJsonValue &data, const QString &message = {}, int status = 200);
Response created(const QJsonValue &data, const QString &message = {});
// A paginated list: {"success": true, "data": [...], "meta": {...}}.
Response list(const QJsonArray &data, const QJsonObject &meta);
// {"success": false, "message": ...} with the given status.
Response error(int status, const QString &message);
// 422 {"success": false, "message": "The given data was invalid.", "errors": {field: [msg]}}.
Response validation(const QMap<QString, QStringList> &errors);
// 422 for a single field.
Response validation(const QString &field, const QString &message);
Response notFound(const QString &what = {});

} // namespace Sandbox::Envelope
