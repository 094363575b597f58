// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userref.h"

#include <QDateTime>
#include <QString>

#include <optional>

class JsonReader;

// An internal note on a contact.
struct Note
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString content;
    std::optional<UserRef> author; // none when written through the API
    QDateTime createdAt;

    static Note fromJson(const JsonReader &reader);
};
