// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliveryattempt.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace Sandbox {

class DeliverySink;

struct WebhookRetryPolicy
{
    int maxAttempts = 3;
    // Delay before attempt 2, 3, …; the last entry repeats if there are more attempts.
    QList<int> delaysMs{ 1000, 4000 };
    // The whole answer (status, headers and body) must arrive within this time, and no
    // pause in it may be longer; a receiver that trickles bytes cannot hold an attempt open.
    int timeoutMs = 10000;
};

// Delivers webhook events by HTTP POST, asynchronously, in the thread it lives in: a
// request handler only calls dispatch() and returns. Each attempt is recorded through the
// sink before it is sent and again when it ends; failures are retried with growing delays.
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    explicit WebhookDispatcher(DeliverySink *sink, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void setRetryPolicy(const WebhookRetryPolicy &policy);
    WebhookRetryPolicy retryPolicy() const { return m_policy; }

    // Starts delivering body (built by WebhookPayload) and returns the id of the first
    // attempt's record, or 0 when the webhook has no secret (it no longer exists).
    qint64 dispatch(qint64 webhookId, const QUrl &url, const QString &event, const QByteArray &body);

    // Attempts in flight or waiting for a retry.
    int pendingCount() const { return int(m_inFlight.size()) + m_waiting; }

Q_SIGNALS:
    void attemptFinished(const Sandbox::DeliveryAttempt &attempt);
    // Emitted once per dispatch, after its last attempt.
    void deliveryFinished(qint64 webhookId, const QString &event, bool success, int attempts);

private:
    struct Delivery
    {
        qint64 webhookId = 0;
        QUrl url;
        QString event;
        QByteArray body;
        int attempt = 0;
    };
    struct InFlight
    {
        Delivery delivery;
        DeliveryAttempt record;
        QElapsedTimer clock;
        bool pastDeadline = false;
    };

    qint64 startAttempt(const Delivery &delivery);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    int delayBefore(int attempt) const;

    DeliverySink *m_sink;
    WebhookRetryPolicy m_policy;
    QNetworkAccessManager m_network;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    int m_waiting = 0;
};

} // namespace Sandbox
