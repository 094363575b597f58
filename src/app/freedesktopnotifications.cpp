// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "freedesktopnotifications.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>

namespace {

const QString kService = QString::fromLatin1(FreedesktopNotifications::Service);
const QString kPath = QString::fromLatin1(FreedesktopNotifications::Path);
const QString kInterface = QString::fromLatin1(FreedesktopNotifications::Service);

} // namespace

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : DesktopNotifications(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool FreedesktopNotifications::isAvailable()
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    // Asked each time (notifications are rare): a notification daemon may start or stop
    // while the app runs. A service the bus can start on demand counts as available.
    if (m_bus.interface()->isServiceRegistered(kService).value())
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(kService);
}

bool FreedesktopNotifications::serverRendersMarkup()
{
    if (!m_capabilities) {
        const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                                 QStringLiteral("GetCapabilities"));
        // Asked once per run. Waiting lets D-Bus events through, so a service living in
        // this process (the tests' fake daemon) can answer.
        const QDBusReply<QStringList> reply = m_bus.call(call, QDBus::BlockWithGui, 2000);
        m_capabilities = reply.isValid() ? reply.value() : QStringList();
    }
    return m_capabilities->contains(QStringLiteral("body-markup"));
}

QDBusMessage FreedesktopNotifications::notifyMessage(const QString &title, const QString &body, uint replacesId,
                                                     bool markup)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    // The desktop file's name: the desktop shows the app's name and icon with it.
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("skylight-desk"));
    // "default" is the click on the notification itself.
    const QStringList actions{QStringLiteral("default"),
                              QCoreApplication::translate("FreedesktopNotifications", "Open conversation")};
    message << QStringLiteral("SkyLight Desk") // app_name: the product's name in every language
            << replacesId
            << QStringLiteral("skylight-desk") // app_icon, from the icon theme
            << title // the summary is never rendered as markup
            << (markup ? body.toHtmlEscaped() : body)
            << actions
            << hints
            << qint32(-1); // the server's usual time-out
    return message;
}

void FreedesktopNotifications::show(qint64 contactId, const QString &title, const QString &body)
{
    if (!m_bus.isConnected())
        return;
    const uint replaces = m_contactOf.key(contactId, 0);
    const QDBusPendingCall call = m_bus.asyncCall(notifyMessage(title, body, replaces, serverRendersMarkup()));
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, contactId, replaces] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            return;
        m_contactOf.remove(replaces);
        m_contactOf.insert(reply.value(), contactId);
    });
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    const auto found = m_contactOf.constFind(id);
    if (found == m_contactOf.constEnd()) // another application's notification
        return;
    if (actionKey == QLatin1String("default"))
        Q_EMIT clicked(*found);
}

void FreedesktopNotifications::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_contactOf.remove(id);
}
