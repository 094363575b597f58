// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"

#include <QJsonObject>

// custom_fields on the wire ↔ CustomFields. Only the API layer (and its tests) include this:
// models and panes see the value type, never the JSON.
namespace CustomFieldsJson {

// Keeps every member in the object's order (QJsonObject orders by name), of any kind.
CustomFields fromJson(const QJsonObject &object);
QJsonObject toJson(const CustomFields &fields);

} // namespace CustomFieldsJson
