// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemodules.h"

#include "account/accountmodule.h"
#include "bookings/bookingsroutes.h"
#include "contacts/contactsmodule.h"
#include "devsurface/devsurfacemodule.h"
#include "messages/messagesmodule.h"
#include "team/teammodule.h"
#include "webhooks/webhooksroutes.h"

namespace Sandbox {

std::vector<std::unique_ptr<RouteModule>> createRouteModules()
{
    std::vector<std::unique_ptr<RouteModule>> modules;
    modules.push_back(std::make_unique<ContactsModule>());
    modules.push_back(std::make_unique<MessagesModule>());
    modules.push_back(std::make_unique<AccountModule>());
    modules.push_back(std::make_unique<TeamModule>());
    modules.push_back(std::make_unique<BookingsRoutes>());
    modules.push_back(std::make_unique<WebhooksRoutes>());
    modules.push_back(std::make_unique<DevSurfaceModule>());
    return modules;
}

} // namespace Sandbox
