// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxthread.h"

#include "sandboxserver.h"

namespace Sandbox {

SandboxThread::SandboxThread(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("skylight-sandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

bool SandboxThread::start(QString *error)
{
    if (m_thread.isRunning()) {
        if (error)
            *error = QStringLiteral("the sandbox thread is already running");
        return false;
    }
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &ok, &message] {
            m_server = new SandboxServer(m_options);
            ok = m_server->start(&message);
            if (ok) {
                m_baseUrl = m_server->baseUrl();
                m_apiKey = m_server->demoApiKey();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        if (error)
            *error = message;
    }
    return ok;
}

void SandboxThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server;
            m_server = nullptr;
            // Deleting the receiver of the call being delivered is not safe; the thread's end
            // runs its deferred deletions.
            m_anchor->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    m_anchor = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace Sandbox
