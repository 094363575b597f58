// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdeliverywatcher.h"

#include "webhooksapi.h"

#include <QTimer>

namespace {

constexpr int kPollIntervalMs = 300;
constexpr int kMaxPolls = 60; // 18 s: beyond the server's 10 s limit per endpoint

bool isPending(const WebhookDelivery &delivery)
{
    return delivery.status == QLatin1String("pending");
}

} // namespace

TestDeliveryWatcher::TestDeliveryWatcher(WebhooksApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_timer(new QTimer(this))
    , m_maxPolls(kMaxPolls)
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TestDeliveryWatcher::poll);
}

void TestDeliveryWatcher::setPolling(int intervalMs, int maxPolls)
{
    m_timer->setInterval(intervalMs);
    m_maxPolls = qMax(1, maxPolls);
}

bool TestDeliveryWatcher::send(qint64 webhookId, const QString &event)
{
    if (isBusy() || webhookId == 0 || event.isEmpty())
        return false;
    m_webhookId = webhookId;
    m_deliveryId = -1;
    Q_EMIT busyChanged(true);
    m_api.sendTest(webhookId, event, this, [this](const ApiResult<WebhookDelivery> &result) {
        if (!result) {
            m_deliveryId = 0;
            Q_EMIT busyChanged(false);
            Q_EMIT sendFailed(result.error());
            return;
        }
        const WebhookDelivery delivery = result.value();
        m_deliveryId = delivery.id;
        if (!isPending(delivery)) {
            finish(delivery, true);
            return;
        }
        m_pollsLeft = m_maxPolls;
        Q_EMIT waiting();
        m_timer->start();
    });
    return true;
}

void TestDeliveryWatcher::poll()
{
    DeliveryQuery query;
    query.page = PageRequest{1, 50};
    m_api.listDeliveries(m_webhookId, query, this, [this](const ApiResult<Page<WebhookDelivery>> &result) {
        WebhookDelivery found;
        if (result) {
            for (const WebhookDelivery &d : result.value().items) {
                if (d.id == m_deliveryId)
                    found = d;
            }
        }
        const bool answered = found.id && !isPending(found);
        if (!answered && --m_pollsLeft > 0) {
            m_timer->start();
            return;
        }
        finish(found, answered);
    });
}

void TestDeliveryWatcher::finish(const WebhookDelivery &delivery, bool answered)
{
    m_deliveryId = 0;
    Q_EMIT busyChanged(false);
    Q_EMIT finished(delivery, answered);
}
