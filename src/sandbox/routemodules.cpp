// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routemodules.h"

#include "account/accountmodule.h"
#include "bookings/bookingsmodule.h"
#include "contacts/contactsmodule.h"
#include "devsurface/devsurfacemodule.h"
#include "messages/messagesmodule.h"
#include "team/teammodule.h"
#include "webhooks/webhooksmodule.h"

namespace Sandbox {

std::vector<std::unique_ptr<RouteModule>> createRouteModules()
{
    std::vector<std::unique_ptr<RouteModule>> modules;
    modules.push_back(std::make_unique<ContactsModule>());
    modules.push_back(std::make_unique<MessagesModule>());
    modules.push_back(std::make_unique<AccountModule>());
    modules.push_back(std::make_unique<TeamModule>());
    modules.push_back(std::make_unique<BookingsModule>());
    modules.push_back(std::make_unique<WebhooksModule>());
    modules.push_back(std::make_unique<DevSurfaceModule>());
    return modules;
}

} // namespace Sandbox
