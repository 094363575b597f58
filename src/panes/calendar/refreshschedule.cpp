// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshschedule.h"

#include <QEvent>
#include <QWidget>

RefreshSchedule::RefreshSchedule(Now now, std::function<bool()> canRefresh, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_canRefresh(std::move(canRefresh))
{
    connect(&m_timer, &QTimer::timeout, this, &RefreshSchedule::request);
    m_timer.start(kIntervalMs);
}

void RefreshSchedule::watch(QWidget *window)
{
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window)
        window->installEventFilter(this);
}

void RefreshSchedule::loadStarted()
{
    m_last = m_now();
}

void RefreshSchedule::request()
{
    const qint64 at = m_now();
    if (!m_canRefresh() || at - m_last < kMinGapMs)
        return;
    m_last = at;
    Q_EMIT due();
}

bool RefreshSchedule::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowActivate && watched == m_window)
        request();
    return QObject::eventFilter(watched, event);
}
