// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Sandbox {

class SandboxServer;

// Runs a SandboxServer on its own QThread: the app's demo mode and the tests. The server,
// its SQLite connection and its sockets are created, used and destroyed in that thread.
class SandboxThread : public QObject
{
    Q_OBJECT
public:
    explicit SandboxThread(const Options &options = {}, QObject *parent = nullptr);
    ~SandboxThread() override; // stops the server and joins the thread

    // Blocks until the server listens (or failed to start).
    bool start(QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    quint16 port() const { return quint16(m_baseUrl.port(0)); }
    const Options &options() const { return m_options; }

private:
    void stop();

    Options m_options;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; queued calls run there
    SandboxServer *m_server = nullptr; // owned, created and deleted in m_thread
    QUrl m_baseUrl;
    QString m_apiKey;
};

} // namespace Sandbox
