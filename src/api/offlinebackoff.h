// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

// How often background reads may still try the server while it is down (ConnectionStatus
// Offline or ServerTrouble): one probe after firstMs, then at growing gaps up to maxMs,
// instead of every poll of every pane. ApiClient answers the others from the offline cache
// or fails them without the wire; user actions never ask here. Back to the start as soon as
// the server answers. The clock is injectable so tests count attempts without waiting.
class OfflineBackoff final
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    static constexpr int DefaultFirstMs = 15 * 1000;
    static constexpr int DefaultMaxMs = 30 * 1000;

    OfflineBackoff();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setIntervals(int firstMs, int maxMs);

    // The server was just found down: the first probe waits firstMs from now.
    void start();
    // The server answers again (or a new connection): background reads go as before.
    void stop();
    bool isActive() const { return m_active; }
    // A background read wants the wire: true when it may go as the next probe (and the
    // one after it then waits longer), false when it is held back.
    bool admit();
    qint64 msUntilNextProbe() const;

private:
    Clock m_clock;
    int m_firstMs = DefaultFirstMs;
    int m_maxMs = DefaultMaxMs;
    bool m_active = false;
    qint64 m_nextAt = 0;
    qint64 m_gapMs = DefaultFirstMs;
};
