// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdispatcher.h"

#include "deliverysink.h"
#include "webhooklogging.h"
#include "webhooksigner.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebhooks, "skylight.sandbox.webhooks")

namespace Sandbox {

namespace {
constexpr qsizetype kResponseBodyLimit = 2048;

QString transportError(QNetworkReply::NetworkError error, int timeoutMs)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection closed by the receiver");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed");
    default:
        return QStringLiteral("network error %1").arg(int(error));
    }
}
} // namespace

WebhookDispatcher::WebhookDispatcher(DeliverySink *sink, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
{
    // Receivers are the customer's: never follow them elsewhere.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookDispatcher::~WebhookDispatcher()
{
    // Replies are children of m_network; stop them reporting into a half-destroyed object.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        QNetworkReply *reply = it.key();
        reply->disconnect(this);
        reply->abort();
    }
}

void WebhookDispatcher::setRetryPolicy(const WebhookRetryPolicy &policy)
{
    m_policy = policy;
    m_policy.maxAttempts = qMax(1, m_policy.maxAttempts);
}

qint64 WebhookDispatcher::dispatch(qint64 webhookId, const QUrl &url, const QString &event,
                                   const QByteArray &body)
{
    Delivery delivery;
    delivery.webhookId = webhookId;
    delivery.url = url;
    delivery.event = event;
    delivery.body = body;
    delivery.attempt = 1;
    return startAttempt(delivery);
}

int WebhookDispatcher::delayBefore(int attempt) const
{
    if (m_policy.delaysMs.isEmpty())
        return 0;
    const int index = qBound(0, attempt - 2, int(m_policy.delaysMs.size()) - 1);
    return m_policy.delaysMs.at(index);
}

qint64 WebhookDispatcher::startAttempt(const Delivery &delivery)
{
    const QString secret = m_sink->signingSecret(delivery.webhookId);
    if (secret.isEmpty()) {
        qCDebug(lcWebhooks) << "webhook" << delivery.webhookId << "is gone; delivery dropped";
        if (delivery.attempt > 1)
            Q_EMIT deliveryFinished(delivery.webhookId, delivery.event, false, delivery.attempt - 1);
        return 0;
    }

    InFlight flight;
    flight.delivery = delivery;
    flight.record.webhookId = delivery.webhookId;
    flight.record.event = delivery.event;
    flight.record.attempt = delivery.attempt;
    flight.record.requestBody = delivery.body;
    flight.record.id = m_sink->attemptStarted(flight.record);

    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", "SkyLight-Webhooks/1.0 (sandbox)");
    request.setRawHeader("X-SkyLight-Event", delivery.event.toUtf8());
    request.setRawHeader("X-SkyLight-Delivery", QByteArray::number(flight.record.id));
    request.setRawHeader("X-SkyLight-Signature", WebhookSigner::signature(delivery.body, secret).toLatin1());
    request.setTransferTimeout(m_policy.timeoutMs);

    flight.clock.start();
    QNetworkReply *reply = m_network.post(request, delivery.body);
    const qint64 recordId = flight.record.id;
    m_inFlight.insert(reply, flight);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    // setTransferTimeout only notices silence; this ends the attempt however it trickles.
    QTimer::singleShot(m_policy.timeoutMs, reply, [this, reply] {
        const auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        it->pastDeadline = true;
        reply->abort();
    });
    qCDebug(lcWebhooks) << "delivering" << delivery.event << "to webhook" << delivery.webhookId
                        << "attempt" << delivery.attempt;
    return recordId;
}

void WebhookDispatcher::onReadyRead(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    // Keep only the first 2 KB; drain the rest so a chatty receiver costs no memory.
    const QByteArray chunk = reply->readAll();
    const qsizetype room = kResponseBodyLimit - it->record.responseBody.size();
    if (room > 0)
        it->record.responseBody.append(chunk.left(room));
}

void WebhookDispatcher::onFinished(QNetworkReply *reply)
{
    onReadyRead(reply);
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    InFlight flight = *it;
    m_inFlight.erase(it);
    reply->deleteLater();

    DeliveryAttempt &record = flight.record;
    record.durationMs = flight.clock.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A 2xx whose body was cut off (the receiver closed, or the deadline passed) is not a
    // delivery: the receiver may not have finished handling it.
    const bool cutOff = status.isValid() && reply->error() != QNetworkReply::NoError
        && (flight.pastDeadline || status.toInt() / 100 == 2);
    if (status.isValid() && !cutOff) {
        record.responseStatus = status.toInt();
        record.error.clear();
    } else if (status.isValid()) {
        record.responseStatus = status.toInt();
        record.error = QStringLiteral("the answer was cut off: %1")
                           .arg(transportError(flight.pastDeadline ? QNetworkReply::TimeoutError : reply->error(),
                                               m_policy.timeoutMs));
    } else {
        record.responseStatus = 0;
        record.error = transportError(reply->error(), m_policy.timeoutMs);
    }
    const bool success = !cutOff && record.responseStatus >= 200 && record.responseStatus < 300;
    record.status = success ? QStringLiteral("success") : QStringLiteral("failed");
    m_sink->attemptFinished(record);
    Q_EMIT attemptFinished(record);

    const Delivery &delivery = flight.delivery;
    if (success || delivery.attempt >= m_policy.maxAttempts) {
        Q_EMIT deliveryFinished(delivery.webhookId, delivery.event, success, delivery.attempt);
        return;
    }
    Delivery next = delivery;
    ++next.attempt;
    ++m_waiting;
    QTimer::singleShot(delayBefore(next.attempt), this, [this, next] {
        --m_waiting;
        startAttempt(next);
    });
}

} // namespace Sandbox
