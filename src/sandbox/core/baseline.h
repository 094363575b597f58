// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sandbox {

struct ServiceContext;

// What every fresh sandbox holds before any seed: account 1 ("SkyLight Demo Clinic", UTC),
// its Pro subscription, one row per channel (five connected, telegram disconnected, webchat
// in error), team member 1 (the admin) and the demo API key. Seeders build on top of it.
void createBaseline(ServiceContext &context);

} // namespace Sandbox
