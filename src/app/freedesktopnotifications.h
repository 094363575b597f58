// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifications.h"

#include <QDBusConnection>
#include <QHash>
#include <QStringList>

#include <optional>

class QDBusMessage;

// Desktop notifications through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus): works on desktops without a tray,
// and a click (ActionInvoked "default") names the notification, so the right
// conversation opens even after several have been shown. A second message from the same
// customer replaces their earlier notification instead of piling up.
class FreedesktopNotifications final : public DesktopNotifications
{
    Q_OBJECT

public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";

    explicit FreedesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    bool isAvailable() override;
    void show(qint64 contactId, const QString &title, const QString &body) override;

    // The Notify call, built in one place so a test can read it. `markup`: the server
    // renders a subset of HTML in the body, so the customer's text is escaped.
    static QDBusMessage notifyMessage(const QString &title, const QString &body, uint replacesId, bool markup);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    bool serverRendersMarkup();

    QDBusConnection m_bus;
    QHash<uint, qint64> m_contactOf; // notification id → contact
    std::optional<QStringList> m_capabilities;
};
