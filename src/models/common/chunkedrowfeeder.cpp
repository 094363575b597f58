// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkedrowfeeder.h"

ChunkedRowFeeder::ChunkedRowFeeder()
{
    // A zero timer runs after the events already queued (paints, input): one chunk a turn.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { step(m_chunkRows); });
}

void ChunkedRowFeeder::start(int total, Insert insert, Done done)
{
    cancel();
    m_next = 0;
    m_total = total;
    m_insert = std::move(insert);
    m_done = std::move(done);
    step(m_chunkRows);
}

void ChunkedRowFeeder::cancel()
{
    ++m_generation;
    m_timer.stop();
    m_insert = {};
    m_done = {};
}

void ChunkedRowFeeder::finishNow()
{
    if (isRunning())
        step(m_total);
}

void ChunkedRowFeeder::step(int limit)
{
    m_timer.stop();
    if (!m_insert)
        return;
    const int count = qMin(limit, m_total - m_next);
    if (count > 0) {
        const int from = m_next;
        const int generation = m_generation;
        m_next += count;
        // Copied: the insert may cancel or restart this feeder (a slot resetting the model).
        const Insert insert = m_insert;
        insert(from, count);
        if (generation != m_generation)
            return; // cancelled or restarted meanwhile: the new feed decides
    }
    if (m_next < m_total) {
        m_timer.start();
        return;
    }
    const Done done = std::move(m_done);
    m_insert = {};
    m_done = {};
    if (done)
        done();
}
