// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Sandbox {

// The server's notion of "now". Pinned (--now) for tests that must not depend on today;
// a pinned clock stands still so that every timestamp a test sees is predictable.
class Clock
{
public:
    explicit Clock(const QDateTime &pinnedNow = {});

    QDateTime now() const;
    bool isPinned() const { return m_pinned.isValid(); }

    // "2026-03-10T14:00:00.000000Z": the object timestamp format of the seeds (microseconds).
    static QString stamp(const QDateTime &utc);
    // "2026-03-10T09:00:00Z": the availability slot format of the seeds.
    static QString slotStamp(const QDateTime &utc);
    // Accepts both formats above and any ISO 8601 date-time with an offset; invalid on failure.
    static QDateTime parse(const QString &text);
    QString nowStamp() const { return stamp(now()); }

private:
    QDateTime m_pinned;
};

} // namespace Sandbox
