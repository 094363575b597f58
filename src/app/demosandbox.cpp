// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosandbox.h"

#include "sandboxoptions.h"
#include "sandboxthread.h"

#include <QDir>
#include <QStandardPaths>

DemoSandbox::DemoSandbox() = default;
DemoSandbox::~DemoSandbox() = default;

bool DemoSandbox::start(QString *error, int simulateTrafficSeconds)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("no writable data folder (%1)").arg(dir);
        return false;
    }
    m_databasePath = QDir(dir).filePath(QStringLiteral("demo-sandbox.sqlite"));
    Sandbox::Options options;
    options.databasePath = m_databasePath;
    options.seed = QStringLiteral("demo");
    options.simulateTrafficSeconds = simulateTrafficSeconds;
    m_thread = std::make_unique<Sandbox::SandboxThread>(options);
    return m_thread->start(error);
}

ApiConnection DemoSandbox::connection() const
{
    ApiConnection c;
    c.baseUrl = m_thread->baseUrl();
    c.apiKey = m_thread->apiKey();
    c.authStyle = ApiConnection::AuthStyle::Bearer;
    return c;
}
