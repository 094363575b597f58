// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Sandbox {

// Everything a caller may choose about one sandbox instance; the defaults give an in-memory
// server with an empty account and the demo key, on the real clock, at the contract's rate limit.
struct Options
{
    QString databasePath = QStringLiteral(":memory:"); // ":memory:" or a file path
    QString seed; // "" (empty account + demo key), "demo", "large"
    QDateTime pinnedNow; // invalid = real clock (--now)
    int rateLimitPerMinute = 120;
    quint16 port = 0; // 0 = a free port
    int simulateTrafficSeconds = 0;
};

} // namespace Sandbox
