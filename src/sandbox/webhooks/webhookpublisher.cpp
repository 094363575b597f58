// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookpublisher.h"

#include "webhookpayload.h"
#include "webhookstore.h"

#include "webhooklogging.h"

#include "core/clock.h"
#include "core/eventbus.h"
#include "core/servicecontext.h"


namespace Sandbox {

WebhookPublisher::WebhookPublisher(ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sink(context.database, context.clock)
    , m_dispatcher(&m_sink)
{
    connect(&context.events, &EventBus::publish, this, &WebhookPublisher::onEvent);
}

qint64 WebhookPublisher::deliver(qint64 webhookId, const QUrl &url, const QString &event, const QJsonObject &data)
{
    const QByteArray body = WebhookPayload::build(event, m_context.clock.nowStamp(), data);
    return m_dispatcher.dispatch(webhookId, url, event, body);
}

void WebhookPublisher::onEvent(const QString &event, const QJsonObject &data)
{
    // Runs inside the handler that published the event; an error here must not turn the
    // handler's success into a 500, so it is logged instead.
    try {
        for (const WebhookRow &webhook : WebhookStore(m_context.database).subscribers(event))
            deliver(webhook.id, QUrl(webhook.url), event, data);
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "could not fan out" << event << ':' << error.what();
    }
}

} // namespace Sandbox
