// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/routemodule.h"

namespace Sandbox {

// GET|POST /team, GET|PUT|DELETE /team/{id}. The account always keeps an active admin:
// deleting, deactivating or demoting the last one is a 422.
class TeamModule : public RouteModule
{
public:
    void registerRoutes(Router &router, ServiceContext &context) override;
};

} // namespace Sandbox
