// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Sandbox {

class Router;
struct ServiceContext;

// One sandbox: database, migrations, seed, routes, and a QHttpServer on 127.0.0.1.
// Lives in one thread (the one that calls start()) with its SQLite connection.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // db, migrations, seed (fresh database only), listen on 127.0.0.1
    bool start(QString *error = nullptr);
    // Only the database part of start(): open, migrate, seed a fresh one. For tools that
    // work on the data without serving it (skylight-sandbox keys ...). start() calls it.
    bool openDatabase(QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/api/v1
    QString demoApiKey() const; // a key always valid on this server

    // For tests and the command line; valid after a successful start().
    Router &router();
    ServiceContext &context();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
