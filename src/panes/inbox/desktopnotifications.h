// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Where the inbox's desktop notifications go: the desktop's notification service
// (FreedesktopNotifications, in the app), or a fake in tests. The tray is only the
// fall-back when this is missing or unavailable.
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when the desktop offers no notification service right now.
    virtual bool isAvailable() = 0;
    // title and body are plain text (a customer's name and words).
    virtual void show(qint64 contactId, const QString &title, const QString &body) = 0;

Q_SIGNALS:
    // The agent clicked the notification about this contact.
    void clicked(qint64 contactId);
};
