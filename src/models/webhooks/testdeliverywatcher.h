// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "webhookdelivery.h"

#include <QObject>

class QTimer;
class WebhooksApi;

// Sends one test event (POST /webhooks/{id}/test) and follows the delivery it creates until
// the endpoint has answered or failed. The server gives up on an endpoint after 10 s; the
// watcher polls a little longer than that and then reports that it stopped waiting, so a
// silent endpoint never leaves the caller waiting for ever. One test at a time.
class TestDeliveryWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit TestDeliveryWatcher(WebhooksApi &api, QObject *parent = nullptr);

    bool isBusy() const { return m_deliveryId != 0; }
    qint64 webhookId() const { return m_webhookId; }
    // False (and nothing sent) while a test is under way.
    bool send(qint64 webhookId, const QString &event);
    // How often, and how many times, the delivery is looked up (300 ms, 60 times unless set).
    void setPolling(int intervalMs, int maxPolls);

Q_SIGNALS:
    void busyChanged(bool busy);
    void sendFailed(const ApiError &error);
    // Sent; the endpoint has not answered yet.
    void waiting();
    // answered: the delivery reached "success" or "failed"; false when the watcher stopped
    // waiting (delivery is then the last state seen, or empty).
    void finished(const WebhookDelivery &delivery, bool answered);

private:
    void poll();
    void finish(const WebhookDelivery &delivery, bool answered);

    WebhooksApi &m_api;
    QTimer *m_timer;
    qint64 m_webhookId = 0;
    qint64 m_deliveryId = 0; // -1 while the send itself is under way
    int m_pollsLeft = 0;
    int m_maxPolls;
};
