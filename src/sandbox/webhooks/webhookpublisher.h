// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasedeliverysink.h"
#include "webhookdispatcher.h"

#include <QJsonObject>
#include <QObject>

namespace Sandbox {

struct ServiceContext;

// Turns the EventBus's events into deliveries to every active webhook subscribed to them.
// Lives in the server's thread; publishing only queues HTTP work, it never waits for it.
class WebhookPublisher : public QObject
{
    Q_OBJECT

public:
    explicit WebhookPublisher(ServiceContext &context, QObject *parent = nullptr);

    // Delivers one event to one webhook now (the test endpoint); returns the first
    // attempt's delivery id, 0 when it could not be started.
    qint64 deliver(qint64 webhookId, const QUrl &url, const QString &event, const QJsonObject &data);

    WebhookDispatcher &dispatcher() { return m_dispatcher; }

private:
    void onEvent(const QString &event, const QJsonObject &data);

    ServiceContext &m_context;
    DatabaseDeliverySink m_sink;
    WebhookDispatcher m_dispatcher;
};

} // namespace Sandbox
