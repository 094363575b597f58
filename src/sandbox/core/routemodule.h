// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sandbox {

class Router;
struct ServiceContext;

// One area of the API (contacts, bookings, ...). A module registers its routes once at
// start; its handlers may keep references to the context, which outlives them.
class RouteModule
{
public:
    virtual ~RouteModule() = default;
    virtual void registerRoutes(Router &router, ServiceContext &context) = 0;
};

} // namespace Sandbox
