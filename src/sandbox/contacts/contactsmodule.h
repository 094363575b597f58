// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/routemodule.h"
#include "countcache.h"

namespace Sandbox {

// The eight contact endpoints: list/search, create, get, update, delete, blacklist toggle,
// and the notes of a contact (list, add).
class ContactsModule : public RouteModule
{
public:
    void registerRoutes(Router &router, ServiceContext &context) override;

private:
    CountCache m_counts; // search totals and trigram frequencies, until the next write
};

} // namespace Sandbox
