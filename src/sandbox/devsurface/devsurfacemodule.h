// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/routemodule.h"

namespace Sandbox {

// The developer surface outside /api/v1 (same key, not rate limited, never faulted):
//   POST   /_sandbox/contacts/{id}/inbound  simulate an inbound message (message.received)
//   POST   /_sandbox/tickets                simulate ticket.created
//   GET    /_sandbox/faults                 the installed faults
//   POST   /_sandbox/faults                 install a fault for a method + path pattern
//   DELETE /_sandbox/faults                 remove every fault
//   POST   /_sandbox/reset                  remove every fault and reset the rate-limit counters
class DevSurfaceModule : public RouteModule
{
public:
    void registerRoutes(Router &router, ServiceContext &context) override;
};

} // namespace Sandbox
