// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "core/apikeystore.h"
#include "core/baseline.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/eventbus.h"
#include "core/faultinjector.h"
#include "core/guardedtcpserver.h"
#include "core/ratelimiter.h"
#include "core/router.h"
#include "core/servicecontext.h"
#include "devsurface/trafficsimulator.h"
#include "routemodules.h"
#include "seed/seeder.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandbox, "skylight.sandbox", QtInfoMsg)

namespace Sandbox {

struct SandboxServer::Private
{
    explicit Private(const Options &o)
        : options(o)
        , clock(o.pinnedNow)
        , keys(database, clock)
        , rateLimiter(o.rateLimitPerMinute)
        , context { database, clock, events, options, keys, faults, rateLimiter }
        , router(keys, rateLimiter, faults)
    {
    }

    Options options;
    Database database;
    Clock clock;
    EventBus events;
    ApiKeyStore keys;
    FaultInjector faults;
    RateLimiter rateLimiter;
    ServiceContext context;
    Router router;
    std::vector<std::unique_ptr<RouteModule>> modules;
    std::unique_ptr<QHttpServer> http;
    std::unique_ptr<TrafficSimulator> traffic;
    quint16 port = 0;
    bool databaseOpen = false;
};

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(options))
{
}

SandboxServer::~SandboxServer()
{
    // The HTTP server and the timers go first: nothing may touch the database after it closes.
    d->traffic.reset();
    d->http.reset();
    d->modules.clear();
    d->database.close();
}

bool SandboxServer::openDatabase(QString *error)
{
    if (d->databaseOpen)
        return true;
    if (!d->database.open(d->options.databasePath, error))
        return false;
    try {
        if (d->database.isFresh()) {
            d->database.transaction();
            createBaseline(d->context);
            d->database.commit();
            if (!d->options.seed.isEmpty() && !Seed::run(d->options.seed, d->context, error))
                return false;
        } else {
            d->keys.ensureDemoKey();
            if (!d->options.seed.isEmpty())
                qCInfo(lcSandbox) << "the database already exists: seed" << d->options.seed
                                  << "not applied";
        }
    } catch (const SqlError &e) {
        d->database.rollback();
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    d->databaseOpen = true;
    return true;
}

bool SandboxServer::start(QString *error)
{
    if (!openDatabase(error))
        return false;
    d->modules = createRouteModules();
    for (const auto &module : d->modules)
        module->registerRoutes(d->router, d->context);

    d->http = std::make_unique<QHttpServer>();
    d->router.attach(*d->http);
    // Our own listening socket, so each connection's header block is checked before
    // QHttpServer reads a body (RequestFramingGuard).
    auto *tcp = new GuardedTcpServer;
    if (tcp->listen(QHostAddress::LocalHost, d->options.port)) {
        d->http->bind(tcp); // takes it as a child
        d->port = tcp->serverPort();
    } else {
        delete tcp;
    }
    if (d->port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(d->options.port);
        d->http.reset();
        return false;
    }
    if (d->options.simulateTrafficSeconds > 0)
        d->traffic
            = std::make_unique<TrafficSimulator>(d->context, d->options.simulateTrafficSeconds);
    qCDebug(lcSandbox) << "listening on port" << d->port;
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(d->port));
}

QString SandboxServer::demoApiKey() const
{
    return ApiKeyStore::demoKey();
}

Router &SandboxServer::router()
{
    return d->router;
}

ServiceContext &SandboxServer::context()
{
    return d->context;
}

} // namespace Sandbox
