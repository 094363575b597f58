// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookurlrule.h"

#include <QHostAddress>
#include <QUrl>

namespace Sandbox {

bool WebhookUrlRule::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool WebhookUrlRule::isAcceptable(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (url.trimmed().isEmpty())
        return fail(QStringLiteral("The url field is required."));
    if (!parsed.isValid() || parsed.isRelative() || parsed.host().isEmpty())
        return fail(QStringLiteral("The url must be a valid URL."));
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme == u"http" && isLoopbackHost(parsed.host()))
        return true;
    return fail(QStringLiteral("The url must use https (plain http is allowed only for localhost)."));
}

} // namespace Sandbox
