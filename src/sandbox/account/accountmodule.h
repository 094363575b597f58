// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/routemodule.h"

namespace Sandbox {

// GET|PATCH /account, GET /account/subscription, GET /account/channels.
class AccountModule : public RouteModule
{
public:
    void registerRoutes(Router &router, ServiceContext &context) override;
};

} // namespace Sandbox
