// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class JsonReader;

// POST /contacts/{id}/blacklist toggles and answers with the new state.
struct BlacklistState
{
    qint64 id = 0;
    bool isBlacklisted = false;

    static BlacklistState fromJson(const JsonReader &reader);
};
