// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadingnotice.h"

#include <QEvent>

LoadingNotice::LoadingNotice(QWidget *watched, std::function<bool()> isLoading, QWidget *parent)
    : QLabel(parent)
    , m_watched(watched)
    , m_isLoading(std::move(isLoading))
{
    setObjectName(QStringLiteral("loadingNotice"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: palette(placeholder-text); padding: 2px 4px;"));
    hide();
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &LoadingNotice::poll);
    m_watched->installEventFilter(this);
    if (m_watched->isVisible())
        m_poll.start();
}

void LoadingNotice::setDelays(int showAfterMs, int slowAfterMs)
{
    m_showAfterMs = showAfterMs;
    m_slowAfterMs = slowAfterMs;
    m_poll.setInterval(qBound(20, showAfterMs / 5, 200));
}

bool LoadingNotice::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_watched && event->type() == QEvent::Show) {
        m_poll.start();
        poll();
    } else if (object == m_watched && event->type() == QEvent::Hide) {
        m_poll.stop();
    }
    return QLabel::eventFilter(object, event);
}

void LoadingNotice::poll()
{
    if (!m_isLoading() || (m_loadError && !m_loadError->isHidden())) {
        m_since.invalidate();
        m_slow = false;
        hide();
        return;
    }
    if (!m_since.isValid())
        m_since.start();
    const qint64 waited = m_since.elapsed();
    if (waited < m_showAfterMs)
        return;
    m_slow = waited >= m_slowAfterMs;
    setText(m_slow ? tr("This is taking longer than usual. Still waiting for the server…")
                   : tr("Loading…"));
    show();
}
