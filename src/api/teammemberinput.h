// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The body of POST /team (name, email, role required) and PUT /team/{id} (any subset).
struct TeamMemberInput
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> role;
    std::optional<bool> isActive;

    QJsonObject toJson() const;
};
