// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemodules.h"

#include "account/accountmodule.h"

namespace Sandbox {

std::vector<std::unique_ptr<RouteModule>> createRouteModules()
{
    std::vector<std::unique_ptr<RouteModule>> modules;
    modules.push_back(std::make_unique<AccountModule>());
    return modules;
}

} // namespace Sandbox
