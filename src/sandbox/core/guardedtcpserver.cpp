// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include "requestframingguard.h"

#include <QTcpSocket>

namespace Sandbox {

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer takes the socket, so the guard sees each batch first.
    new RequestFramingGuard(socket);
    addPendingConnection(socket);
}

} // namespace Sandbox
