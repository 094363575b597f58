// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routemodule.h"

#include <memory>
#include <vector>

namespace Sandbox {

// Every route module of the sandbox, in registration order (routemodules.cpp is the one
// list to extend when an area is added).
std::vector<std::unique_ptr<RouteModule>> createRouteModules();

} // namespace Sandbox
