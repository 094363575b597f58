// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Just enough of a contact to hand from one pane to another (the name is shown at once,
// before the receiving pane has loaded anything).
struct ContactRef
{
    int id = 0;
    QString name;
};
