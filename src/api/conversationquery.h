// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QString>
#include <QUrlQuery>

// GET /conversations filters.
struct ConversationQuery
{
    QString channel;
    bool unreadOnly = false;
    QString search;
    PageRequest page;

    QUrlQuery toQuery() const;
};
