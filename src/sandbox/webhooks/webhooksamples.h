// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// What POST /webhooks/{id}/test sends: a realistic object for each of the 10 events,
// built from the seed's own examples (contact 42, booking 101).
class WebhookSamples
{
public:
    static QJsonObject sample(const QString &event, const QString &nowStamp);
};

} // namespace Sandbox
