// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

// The inbox's tray icon, an extra where the desktop has a tray: the app's icon with the
// unread count as a badge and in the tooltip, and the notification balloon when the
// desktop has no notification service (DesktopNotifications). Offscreen and some
// desktops have no tray; then nothing is shown here.
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
    // The app's own icon, with the unread count as a badge when there is one.
    QPixmap iconPixmap(int unread) const;

Q_SIGNALS:
    // The agent clicked the last notification shown.
    void messageClicked();

private:
    QPointer<QWidget> m_styleSource;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip;
};
