// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"

#include <QString>

#include <memory>

namespace Sandbox {
class SandboxThread;
}

// Demo mode's server: the project's sandbox on its own thread, on a free loopback port,
// with the "demo" seed in a database under the app's data folder so demo data survives
// restarts. The only place the client touches src/sandbox.
class DemoSandbox final
{
public:
    DemoSandbox();
    ~DemoSandbox();

    // Blocks until the server listens (start-up only; it then runs on its own thread).
    // simulateTrafficSeconds > 0: a seeded contact sends an inbound message that often.
    bool start(QString *error, int simulateTrafficSeconds = 0);
    // Its key lives in memory only: never in the keychain or the settings.
    ApiConnection connection() const;
    QString databasePath() const { return m_databasePath; }

private:
    std::unique_ptr<Sandbox::SandboxThread> m_thread;
    QString m_databasePath;
};
