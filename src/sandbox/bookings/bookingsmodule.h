// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routemodule.h"

namespace Sandbox {

struct Request;
struct Response;

// The 8 bookings endpoints of seed 004, with the rules of CONTRACT.md (BookingRules,
// AvailabilityCalculator). Publishes booking.created/updated/cancelled/completed.
class BookingsModule : public RouteModule
{
public:
    void registerRoutes(Router &router, ServiceContext &context) override;

private:
    Response list(const Request &request) const;
    Response create(const Request &request) const;
    Response show(const Request &request) const;
    Response update(const Request &request) const;
    Response cancel(const Request &request) const;
    Response types() const;
    Response resources() const;
    Response availability(const Request &request) const;

    ServiceContext *m_context = nullptr;
};

} // namespace Sandbox
