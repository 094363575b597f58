// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "commandline.h"

#include <QObject>

#include <memory>

class AccountPane;
class DesktopNotifications;
class CalendarPane;
class InboxPane;
class ApiClient;
class CacheStore;
class AppNavigator;
class ApiConnectionTester;
class KeyStore;
class Language;
class MainWindow;
class Pane;
class QWidget;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class RestAccountApi;
class RestBookingsApi;
class RestContactsApi;
class RestConversationsApi;
class RestTeamApi;
class RestWebhooksApi;
class SessionController;

// The app's wiring: creates every service once and hands it to whoever needs it through
// constructors. main() builds one; tests build one with their own settings and key store.
class Desk final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QSettings *settings = nullptr;   // null: the user's settings
        KeyStore *keyStore = nullptr;    // null: the OS keychain
        DesktopNotifications *notifications = nullptr; // null: the session bus's notification service
        QNetworkAccessManager *network = nullptr; // null: the desk's own (benchmarks record requests)
        // empty: next to the given settings file, else CacheStore::defaultFolder() (the
        // app's data folder)
        QString cacheFolder = QString();
    };

    explicit Desk(const CommandLine &commandLine, QObject *parent = nullptr);
    Desk(const CommandLine &commandLine, Services services, QObject *parent = nullptr);
    ~Desk() override;

    // Signs in with --profile, the last used profile, or asks for a new one.
    void start();
    // Demo mode: signs in to an already running sandbox (see DemoSandbox).
    void startDemo(const ApiConnection &connection);

    SessionController *session() const { return m_session.get(); }
    ApiClient *client() const { return m_client.get(); }
    Language *language() const { return m_language.get(); }
    AppNavigator *navigator() const { return m_navigator.get(); }

    // The file of a profile's unsent replies (next to the settings file).
    static QString draftsPath(const QSettings *settings, const QString &profile);
    // The profile's offline cache file (docs/offline.md).
    QString cachePath(const QString &profile) const;
    CacheStore *cache() const { return m_cache.get(); }

Q_SIGNALS:
    void finished();

private:
    void changeLanguage(const QString &code);
    // Opens the current profile's cache for the client (none in demo mode).
    void useCurrentProfileCache();
    // Signed out or removed: the profile's cache file goes.
    void deleteCache(const QString &profile);
    void populatePanes(MainWindow &window);
    void addPane(MainWindow &window, const QString &id, QWidget *widget, Pane *pane);
    AccountPane *addAccountPane(MainWindow &window);
    InboxPane *addInboxPane(MainWindow &window);
    void addContactsPane(MainWindow &window, AccountPane *account);
    CalendarPane *addCalendarPane(MainWindow &window, AccountPane *account);
    void addCommandPalette(MainWindow &window, InboxPane *inbox, CalendarPane *calendar);
    void addWebhooksPane(MainWindow &window);
    void addTeamPane(MainWindow &window);

    CommandLine m_commandLine;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    std::unique_ptr<KeyStore> m_ownKeyStore;
    KeyStore *m_keyStore;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    QString m_cacheFolder;
    std::unique_ptr<CacheStore> m_cache; // the open profile's; declared before the client
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestAccountApi> m_accountApi;
    std::unique_ptr<RestConversationsApi> m_conversationsApi;
    std::unique_ptr<RestContactsApi> m_contactsApi;
    std::unique_ptr<RestWebhooksApi> m_webhooksApi;
    std::unique_ptr<RestTeamApi> m_teamApi;
    std::unique_ptr<RestBookingsApi> m_bookingsApi;
    std::unique_ptr<RestBookingsApi> m_bookingsBackgroundApi;
    std::unique_ptr<RestWebhooksApi> m_webhooksBackgroundApi; // latest deliveries
    std::unique_ptr<ApiConnectionTester> m_tester;
    std::unique_ptr<DesktopNotifications> m_ownNotifications;
    DesktopNotifications *m_notifications;
    // Cross-pane navigation ("book this contact in"); reset for every new window.
    std::unique_ptr<AppNavigator> m_navigator;
    std::unique_ptr<SessionController> m_session;
};
