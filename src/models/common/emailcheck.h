// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A plain check of an e-mail address before it is sent: one "@", a name before it, a
// domain with a dot after it, no spaces. Returns the user's error sentence, or empty.
class EmailCheck
{
public:
    static QString problem(const QString &email);
};
