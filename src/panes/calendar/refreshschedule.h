// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

// When the calendar loads its visible range again in the background: every 60 seconds and
// when its window comes back to the front, but never within 15 seconds of the last load
// (focus flapping must not flood the 120-requests-a-minute budget) and never while
// canRefresh says no (nothing loaded yet, or a load under way).
class RefreshSchedule final : public QObject
{
    Q_OBJECT

public:
    using Now = std::function<qint64()>; // milliseconds since the epoch
    static constexpr int kIntervalMs = 60000;
    static constexpr qint64 kMinGapMs = 15000;

    RefreshSchedule(Now now, std::function<bool()> canRefresh, QObject *parent = nullptr);

    void watch(QWidget *window); // its activation asks for a refresh
    void loadStarted(); // any load, the user's too: the gap counts from here
    void request(); // emits due() when allowed

Q_SIGNALS:
    void due();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Now m_now;
    std::function<bool()> m_canRefresh;
    QTimer m_timer;
    QPointer<QWidget> m_window;
    qint64 m_last = 0;
};
