// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxtray.h"

#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

InboxTray::InboxTray(QWidget *styleSource)
    : QObject(styleSource)
    , m_styleSource(styleSource)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &InboxTray::messageClicked);
    }
    setUnread(0);
    if (m_icon)
        m_icon->show();
}

void InboxTray::setUnread(int unread)
{
    m_toolTip = tr("SkyLight Desk: %n conversation(s) with unread messages", nullptr, unread);
    if (!m_icon || !m_styleSource)
        return;
    m_icon->setIcon(QIcon(iconPixmap(unread)));
    m_icon->setToolTip(m_toolTip);
}

QPixmap InboxTray::iconPixmap(int unread) const
{
    QPixmap pix = QIcon(QStringLiteral(":/inbox/skylight-desk.svg")).pixmap(32, 32);
    if (unread > 0 && m_styleSource) {
        QPainter p(&pix);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xc0, 0x20, 0x20));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(12, 0, 20, 20));
        p.setPen(Qt::white);
        QFont f = m_styleSource->font();
        f.setPixelSize(12);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(12, 0, 20, 20), Qt::AlignCenter,
                   unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    return pix;
}

void InboxTray::showMessage(const QString &title, const QString &body)
{
    if (m_icon)
        m_icon->showMessage(title, body, QSystemTrayIcon::Information, 8000);
}
