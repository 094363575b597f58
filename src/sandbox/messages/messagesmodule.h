// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/routemodule.h"

namespace Sandbox {

// GET /conversations, GET /contacts/{id}/messages (marks the conversation read),
// POST /messages/send.
class MessagesModule : public RouteModule
{
public:
    void registerRoutes(Router &router, ServiceContext &context) override;
};

} // namespace Sandbox
