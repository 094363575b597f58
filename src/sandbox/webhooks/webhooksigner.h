// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

// Webhook secrets and the X-SkyLight-Signature header value.
class WebhookSigner
{
public:
    // "sha256=" + lowercase hex HMAC-SHA256 of the raw body keyed with the secret.
    static QString signature(const QByteArray &body, const QString &secret);
    // "whsec_" + 32 random letters and digits from the system's secure generator.
    static QString generateSecret();
    // "whsec_••••" + the last 4 characters: what every response but create and
    // regenerate shows.
    static QString maskSecret(const QString &secret);
};

} // namespace Sandbox
