// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace Sandbox {

// The sandbox's listening socket: every connection gets a RequestFramingGuard before
// QHttpServer (bound with QAbstractHttpServer::bind) sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override;
};

} // namespace Sandbox
