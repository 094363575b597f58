// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

// What the panes may know of the key's shared request budget, read-only: every desk on the
// same key spends from it, so background work slows down as it falls (PollingPolicy), and
// the contact import shows how long it will take. Implemented by RateLimiter; panes and
// models see only this, never the queue they must not touch.
class RateBudget : public QObject
{
    Q_OBJECT

public:
    // Requests the key has left in the current minute: the larger of the server's last
    // X-RateLimit-Remaining less what this desk sent since, and this desk's copy of the key's
    // minute (which grows back as places leave it, so a desk that holds back and hears no
    // new report still sees the budget return); the local count without any report.
    virtual int remaining() const = 0;
    virtual int limit() const = 0;
    // Seconds until the budget grows again (the oldest counted request leaves the
    // minute, or a 429's pause ends); 0 when it is not spent at all.
    virtual int secondsToReset() const = 0;
    // Requests this desk may start now: its own sliding minute, without the server's word.
    virtual int budgetLeft() const = 0;
    // Until when a 429 holds every request (UTC); invalid when not paused.
    virtual QDateTime pausedUntil() const = 0;
    bool isPaused() const { return pausedUntil().isValid(); }

Q_SIGNALS:
    // Budget, limit or pause changed, including by the passing of time.
    void stateChanged();

protected:
    explicit RateBudget(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
};
