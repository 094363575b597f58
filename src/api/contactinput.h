// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"

#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

// The body of POST /contacts and PUT /contacts/{id}: only fields that are set are sent,
// so an update changes exactly what the user edited.
struct ContactInput
{
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> channel;
    std::optional<QStringList> tags;
    std::optional<CustomFields> customFields;

    QJsonObject toJson() const;
};
