// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Sandbox {

// The contract's events (contact.created, booking.cancelled, ...) as they happen. Endpoint
// code calls publish() after its change is stored; the webhook module connects to it. The
// bus lives in the server's thread, so a direct connection runs in that thread too.
class EventBus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // event: one of the ten names of the contract; data: the object as the API shows it.
    void publish(const QString &event, const QJsonObject &data);
};

} // namespace Sandbox
