// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

// GET /contacts filters; empty strings and unset options are left out.
struct ContactQuery
{
    QString search; // substring of name, phone or email
    QString tag;
    QString channel;
    std::optional<bool> isBlacklisted;
    QString sort; // name, -created_at, -last_message_at
    PageRequest page;

    QUrlQuery toQuery() const;
};
