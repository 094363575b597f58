// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pane tests that run against the real sandbox share: the sandbox, one ApiClient
// signed in to it, and a settings file in a folder of the test's own (never the user's
// home). The Inbox, Team and Webhooks pane tests each wrote this out for themselves.
#include "apiclient.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace PaneTest {
// A named child that must exist: a missing one stops the test at once, with its name.
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}
} // namespace PaneTest

class PaneSandboxTestBase
{
protected:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    // A fresh sandbox, client, folder and settings file; false when the sandbox did not
    // start (m_fixture->error() says why) or the folder could not be made.
    bool startSandbox(const Sandbox::Options &options)
    {
        m_fixture = std::make_unique<SandboxFixture>(options);
        if (!m_fixture->start())
            return false;
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        m_client->setConnection(connection);
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        return true;
    }

    // The client goes before its network, the sandbox last; APIs over the client must have
    // gone already.
    void stopClient()
    {
        m_client.reset();
        m_network.reset();
    }
};
