// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactinput.h"

#include "customfieldsjson.h"

#include <QJsonArray>
#include <QJsonObject>

QJsonObject ContactInput::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (phone)
        json.insert(QStringLiteral("phone"), *phone);
    if (email)
        json.insert(QStringLiteral("email"), *email);
    if (channel)
        json.insert(QStringLiteral("channel"), *channel);
    if (tags)
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*tags));
    if (customFields)
        json.insert(QStringLiteral("custom_fields"), CustomFieldsJson::toJson(*customFields));
    return json;
}
