// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routemodule.h"

#include <memory>

namespace Sandbox {

struct Request;
struct Response;
class WebhookPublisher;

// The 9 webhooks endpoints of the changelog with the shapes of CONTRACT.md, and the
// publisher that delivers the 10 events to subscribed webhooks.
class WebhooksModule : public RouteModule
{
public:
    WebhooksModule();
    ~WebhooksModule() override;

    void registerRoutes(Router &router, ServiceContext &context) override;

private:
    Response events() const;
    Response list(const Request &request) const;
    Response create(const Request &request) const;
    Response show(const Request &request) const;
    Response update(const Request &request) const;
    Response remove(const Request &request) const;
    Response test(const Request &request) const;
    Response deliveries(const Request &request) const;
    Response regenerateSecret(const Request &request) const;

    ServiceContext *m_context = nullptr;
    std::unique_ptr<WebhookPublisher> m_publisher;
};

} // namespace Sandbox
