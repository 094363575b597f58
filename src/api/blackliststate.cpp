// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blackliststate.h"

#include "jsonreader.h"

BlacklistState BlacklistState::fromJson(const JsonReader &reader)
{
    BlacklistState state;
    state.id = reader.id();
    state.isBlacklisted = reader.boolean("is_blacklisted");
    return state;
}
