// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Desktop notifications over D-Bus: the Notify message as built, and the whole round trip
// against a fake org.freedesktop.Notifications service on a private session bus (ctest
// runs this test under dbus-run-session): shown, replaced per customer, clicked → the
// customer's conversation, other applications' clicks ignored.
#include "freedesktopnotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

namespace {

// What a notification daemon does, as far as the app can tell.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id;
        QString appName;
        uint replaces;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(icon)
        Q_UNUSED(timeout)
        const uint id = replacesId ? replacesId : uint(shown.size() + 1);
        shown.append({id, appName, replacesId, summary, body, actions, hints});
        return id;
    }
};

} // namespace

class TestFreedesktopNotifications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNotificationServer> m_server;
    QString m_serverConnection = QStringLiteral("fake-notification-server");

    void invoke(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QString::fromLatin1(FreedesktopNotifications::Path),
                                                         QString::fromLatin1(FreedesktopNotifications::Service),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        QVERIFY(QDBusConnection(m_serverConnection).send(signal));
    }

private Q_SLOTS:
    void notifyMessageCarriesTheNotification()
    {
        const QDBusMessage m = FreedesktopNotifications::notifyMessage(QStringLiteral("Sarah Johnson"),
                                                                       QStringLiteral("Is <b>10:00</b> free?"), 7, false);
        QCOMPARE(m.service(), QStringLiteral("org.freedesktop.Notifications"));
        QCOMPARE(m.path(), QStringLiteral("/org/freedesktop/Notifications"));
        QCOMPARE(m.interface(), QStringLiteral("org.freedesktop.Notifications"));
        QCOMPARE(m.member(), QStringLiteral("Notify"));
        const QList<QVariant> args = m.arguments();
        QCOMPARE(args.size(), 8);
        QCOMPARE(args.at(0).toString(), QStringLiteral("SkyLight Desk"));
        QCOMPARE(args.at(1).metaType(), QMetaType::fromType<uint>());
        QCOMPARE(args.at(1).toUInt(), 7u); // replaces the customer's earlier notification
        QCOMPARE(args.at(2).toString(), QStringLiteral("skylight-desk"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("Sarah Johnson"));
        QCOMPARE(args.at(4).toString(), QStringLiteral("Is <b>10:00</b> free?")); // plain server: as typed
        QCOMPARE(args.at(5).toStringList().value(0), QStringLiteral("default")); // the click itself
        QCOMPARE(args.at(6).toMap().value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("skylight-desk"));
        QCOMPARE(args.at(6).toMap().value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));
        QCOMPARE(args.at(7).metaType(), QMetaType::fromType<qint32>());
        // A server that renders markup gets the customer's words escaped: data, not markup.
        const QDBusMessage escaped = FreedesktopNotifications::notifyMessage(
            QStringLiteral("x"), QStringLiteral("<a href='http://evil'>win</a>"), 0, true);
        QCOMPARE(escaped.arguments().at(4).toString(), QStringLiteral("&lt;a href='http://evil'&gt;win&lt;/a&gt;"));
    }

    void noServiceMeansNotAvailable()
    {
        FreedesktopNotifications disconnected(QDBusConnection(QStringLiteral("never-connected")));
        QVERIFY(!disconnected.isAvailable());
    }

    void roundTripThroughTheSessionBus()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (ctest runs this under dbus-run-session)");
        // The fake service on its own connection, as a daemon would be.
        QDBusConnection serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_serverConnection);
        QVERIFY(serverBus.isConnected());
        FreedesktopNotifications notifications(QDBusConnection::sessionBus());
        QVERIFY(!notifications.isAvailable()); // nobody owns the name yet
        m_server = std::make_unique<FakeNotificationServer>();
        m_server->capabilities.append(QStringLiteral("body-markup"));
        QVERIFY(serverBus.registerObject(QString::fromLatin1(FreedesktopNotifications::Path), m_server.get(),
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(serverBus.registerService(QString::fromLatin1(FreedesktopNotifications::Service)));
        QVERIFY(notifications.isAvailable());

        QSignalSpy clicked(&notifications, &DesktopNotifications::clicked);
        notifications.show(42, QStringLiteral("Sarah Johnson"), QStringLiteral("Is 10:00 <still> free?"));
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.at(0).summary, QStringLiteral("Sarah Johnson"));
        QCOMPARE(m_server->shown.at(0).body, QStringLiteral("Is 10:00 &lt;still&gt; free?"));
        notifications.show(43, QStringLiteral("Omar"), QStringLiteral("Hello"));
        QTRY_COMPARE(m_server->shown.size(), 2);
        // The id must have come back before a second message from Sarah can replace the first.
        QTest::qWait(50);
        notifications.show(42, QStringLiteral("Sarah Johnson"), QStringLiteral("Hello?"));
        QTRY_COMPARE(m_server->shown.size(), 3);
        QCOMPARE(m_server->shown.at(2).replaces, m_server->shown.at(0).id);

        // A click on Omar's notification opens Omar's conversation, not the last one shown.
        invoke(m_server->shown.at(1).id, QStringLiteral("default"));
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toLongLong(), 43);
        // Another application's notification, or another action: nothing.
        invoke(999, QStringLiteral("default"));
        invoke(m_server->shown.at(0).id, QStringLiteral("dismiss"));
        QTest::qWait(200);
        QCOMPARE(clicked.size(), 1);
        serverBus.unregisterService(QString::fromLatin1(FreedesktopNotifications::Service));
        QDBusConnection::disconnectFromBus(m_serverConnection);
    }
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifications)
#include "tst_freedesktopnotifications.moc"
