// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paneorder.h"

QStringList PaneOrder::roles()
{
    return {QStringLiteral("receptionist"), QStringLiteral("agent"), QStringLiteral("admin")};
}

QString PaneOrder::roleName(const QString &role)
{
    if (role == QLatin1String("receptionist"))
        return tr("Receptionist: appointments first");
    if (role == QLatin1String("agent"))
        return tr("Agent: conversations first");
    if (role == QLatin1String("admin"))
        return tr("Admin: webhooks and team first");
    return role;
}

QStringList PaneOrder::forRole(const QString &role)
{
    if (role == QLatin1String("receptionist"))
        return {QStringLiteral("calendar"), QStringLiteral("contacts"), QStringLiteral("inbox")};
    if (role == QLatin1String("agent"))
        return {QStringLiteral("inbox"), QStringLiteral("contacts"), QStringLiteral("calendar")};
    if (role == QLatin1String("admin"))
        return {QStringLiteral("webhooks"), QStringLiteral("team"), QStringLiteral("account")};
    return {};
}

QStringList PaneOrder::apply(const QString &role, const QStringList &paneIds)
{
    QStringList result;
    const QStringList preferred = forRole(role);
    for (const QString &id : preferred) {
        if (paneIds.contains(id))
            result.append(id);
    }
    for (const QString &id : paneIds) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}
