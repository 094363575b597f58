// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sandbox {

class ApiKeyStore;
class Clock;
class Database;
class EventBus;
class FaultInjector;
class RateLimiter;
struct Options;

// The services a route module, the seeder and the developer surface work with. Owned by
// SandboxServer, alive as long as the server; everything in it lives in the server's thread.
struct ServiceContext
{
    Database &database;
    Clock &clock;
    EventBus &events;
    const Options &options;
    ApiKeyStore &keys;
    FaultInjector &faults;
    RateLimiter &rateLimiter;
};

} // namespace Sandbox
