// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>

#include <functional>

// Hands a long run of new rows to a model a chunk per event-loop turn, so a 100,000-row
// answer never holds the GUI thread for the whole insert (and the view's layout of it).
// The first chunk goes in at once: a small page behaves exactly as a single insert, and a
// caller sees its first rows without waiting. The model owns the rows still to come and
// inserts [from, from + count) when asked; cancel() (on a reset) drops the rest and
// finishNow() inserts it at once (before the model changes its rows some other way).
class ChunkedRowFeeder
{
public:
    static constexpr int DefaultChunkRows = 2000;
    using Insert = std::function<void(int from, int count)>;
    using Done = std::function<void()>;

    ChunkedRowFeeder();

    void setChunkRows(int rows) { m_chunkRows = rows > 0 ? rows : DefaultChunkRows; }
    // Replaces any feed still running (which is cancelled, its done never called).
    void start(int total, Insert insert, Done done);
    void cancel();
    void finishNow();
    bool isRunning() const { return bool(m_insert); }

private:
    void step(int limit);

    QTimer m_timer;
    int m_chunkRows = DefaultChunkRows;
    int m_next = 0;
    int m_total = 0;
    int m_generation = 0; // bumped by cancel() and start()
    Insert m_insert;
    Done m_done;
};
