// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pollingpolicy.h"

#include <QObject>

class QTimer;
class RateBudget;

// Paces one of a pane's poll timers by the shared budget: each time the timer fires, admit()
// says whether the background request may go (not into the share kept for user actions) and
// sets the timer's next interval from PollingPolicy. Without a budget it keeps the base.
class BackgroundPacer final : public QObject
{
    Q_OBJECT

public:
    BackgroundPacer(QTimer *timer, PollingPolicy::Kind kind, QObject *parent = nullptr);

    void setBudget(const RateBudget *budget) { m_budget = budget; }
    // The interval the user chose (or a test set): the timer restarts with it.
    void setBaseInterval(int ms);
    int baseInterval() const { return m_baseMs; }
    // Call when the timer fired: true when the poll may be sent now.
    bool admit();

private:
    QTimer *m_timer;
    PollingPolicy::Kind m_kind;
    const RateBudget *m_budget = nullptr;
    int m_baseMs = 1000;
};
