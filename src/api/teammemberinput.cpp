// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammemberinput.h"

QJsonObject TeamMemberInput::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (email)
        json.insert(QStringLiteral("email"), *email);
    if (role)
        json.insert(QStringLiteral("role"), *role);
    if (isActive)
        json.insert(QStringLiteral("is_active"), *isActive);
    return json;
}
