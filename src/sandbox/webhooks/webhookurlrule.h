// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sandbox {

// A webhook URL must be https, or plain http only towards this machine (so a developer
// can point it at a local receiver) — CONTRACT.md, Webhooks.
class WebhookUrlRule
{
public:
    static bool isAcceptable(const QString &url, QString *error = nullptr);
    static bool isLoopbackHost(const QString &host);
};

} // namespace Sandbox
