// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Sandbox {

struct WebhookEvent
{
    QString name;
    QString description;
};

// The 10 events of the v1 changelog, in its order.
class WebhookEvents
{
public:
    static const QList<WebhookEvent> &all();
    static bool isKnown(QStringView name);
};

} // namespace Sandbox
