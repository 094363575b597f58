// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Sandbox {

// One schema step. Versions only ever grow: a released step is never edited, a change is
// a new step appended to migrations(), so an old sandbox file upgrades in place.
struct Migration
{
    int version = 0;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace Sandbox
