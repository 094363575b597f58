// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Sandbox {

struct ServiceContext;

// --simulate-traffic SECONDS: every SECONDS an inbound message arrives from a random
// contact, as if customers were writing in, so the inbox of a demo is alive.
class TrafficSimulator : public QObject
{
    Q_OBJECT
public:
    TrafficSimulator(ServiceContext &context, int intervalSeconds, QObject *parent = nullptr);

    // One inbound message now; returns the message id, 0 when there is no contact.
    qint64 tick();

private:
    ServiceContext &m_context;
    QTimer m_timer;
    int m_count = 0;
};

} // namespace Sandbox
