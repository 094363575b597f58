// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// Which panes come first in the navigation for the "I work as" choice of a profile. Only
// the order changes: every pane stays in the list.
class PaneOrder final
{
    Q_DECLARE_TR_FUNCTIONS(PaneOrder)

public:
    static QStringList roles(); // receptionist, agent, admin
    static QString roleName(const QString &role);
    // The pane ids in the preferred order for `role`; empty for no (or an unknown) role.
    static QStringList forRole(const QString &role);
    // `paneIds` reordered: the role's panes first (in its order), then the rest as they were.
    static QStringList apply(const QString &role, const QStringList &paneIds);
};
