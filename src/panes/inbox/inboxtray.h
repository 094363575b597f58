// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

// The inbox's tray icon: the unread total as a badge and in the tooltip, and the desktop
// notifications. Offscreen and some desktops have no tray; then nothing is shown and
// the pane's notificationShown signal is the only trace.
class InboxTray final : public QObject
{
    Q_OBJECT

public:
    // styleSource lends its style and font to the badge.
    explicit InboxTray(QWidget *styleSource);

    bool isAvailable() const { return m_icon != nullptr; }
    void setUnread(int unread);
    void showMessage(const QString &title, const QString &body);
    QString toolTip() const { return m_toolTip; }

Q_SIGNALS:
    // The agent clicked the last notification shown.
    void messageClicked();

private:
    QPointer<QWidget> m_styleSource;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip;
};
