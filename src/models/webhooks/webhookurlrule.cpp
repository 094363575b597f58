// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookurlrule.h"

#include <QHostAddress>
#include <QUrl>

QString WebhookUrlRule::problem(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address that should receive the events.");
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || parsed.host().isEmpty())
        return tr("This is not a complete web address (for example https://example.com/hooks).");
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    const QString host = parsed.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    if (scheme == QLatin1String("http") && loopback)
        return {};
    return tr("Use an https address; plain http is allowed only for this computer (localhost).");
}
