// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "accountpane.h"
#include "apiclient.h"
#include "apiconnectiontester.h"
#include "ratelimiter.h"
#include "appnavigator.h"
#include "cachestore.h"
#include "calendarpane.h"
#include "commandpalette.h"
#include "connectionstatus.h"
#include "conversationsmodel.h"
#include "bookingsmodel.h"
#include "paletteentries.h"
#include "contactspane.h"
#include "inboxpane.h"
#include "freedesktopnotifications.h"
#include "keychainkeystore.h"
#include "language.h"
#include "mainwindow.h"
#include "offlinenotice.h"
#include "phonenormalizer.h"
#include "profilestore.h"
#include "restaccountapi.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "restwebhooksapi.h"
#include "sessioncontroller.h"
#include "teampane.h"
#include "webhookspane.h"
#include "webhooksmodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>

namespace {
const QLatin1String kLanguage("language");
}

// Drafts live next to the settings, one file per profile: contact 42 of one account is
// not contact 42 of another, and a draft must never reach the wrong customer.
QString Desk::draftsPath(const QSettings *settings, const QString &profile)
{
    const QByteArray id = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QFileInfo(settings->fileName()).dir().filePath(
        QStringLiteral("inbox-drafts/%1.json").arg(QString::fromLatin1(id)));
}

namespace {

// Every pane follows the server the same way: when it answers again after it could not be
// reached, what had started loads again (a pane never shown still waits to be shown); a
// new key after a 401 reloads everything. Nothing travels back up: ApiClient sees every
// reply and its ConnectionStatus feeds the status bar.
void followServer(const ConnectionStatus *status, const SessionController *session, QWidget *widget, Pane *pane)
{
    QObject::connect(status, &ConnectionStatus::restored, widget, [pane] {
        if (pane->hasStarted())
            pane->reload();
    });
    QObject::connect(session, &SessionController::connectionRestored, widget, [pane] { pane->reload(); });
}
} // namespace

Desk::Desk(const CommandLine &commandLine, QObject *parent)
    : Desk(commandLine, Services{}, parent)
{
}

Desk::Desk(const CommandLine &commandLine, Services services, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{
    if (services.settings) {
        m_settings = services.settings;
    } else {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    if (services.keyStore) {
        m_keyStore = services.keyStore;
    } else {
        m_ownKeyStore = std::make_unique<KeychainKeyStore>();
        m_keyStore = m_ownKeyStore.get();
    }
    if (services.notifications) {
        m_notifications = services.notifications;
    } else {
        m_ownNotifications = std::make_unique<FreedesktopNotifications>(QDBusConnection::sessionBus());
        m_notifications = m_ownNotifications.get();
    }
    m_language = std::make_unique<Language>();
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    if (services.network) {
        m_network = services.network;
    } else {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    // Settings given (tests, benchmarks) and no folder: the cache goes next to them, so a
    // test never writes into the user's data folder.
    if (!services.cacheFolder.isEmpty())
        m_cacheFolder = services.cacheFolder;
    else if (services.settings)
        m_cacheFolder = QFileInfo(services.settings->fileName()).dir().filePath(QStringLiteral("offline-cache"));
    else
        m_cacheFolder = CacheStore::defaultFolder();
    m_client = std::make_unique<ApiClient>(m_network);
    m_accountApi = std::make_unique<RestAccountApi>(m_client.get());
    m_conversationsApi = std::make_unique<RestConversationsApi>(m_client.get());
    m_contactsApi = std::make_unique<RestContactsApi>(m_client.get());
    m_webhooksApi = std::make_unique<RestWebhooksApi>(m_client.get());
    m_teamApi = std::make_unique<RestTeamApi>(m_client.get());
    m_bookingsApi = std::make_unique<RestBookingsApi>(m_client.get());
    // Periodic calendar refreshes yield to what the user asked for (RateLimiter priority).
    m_bookingsBackgroundApi = std::make_unique<RestBookingsApi>(m_client.get(), RequestPriority::Background);
    m_webhooksBackgroundApi = std::make_unique<RestWebhooksApi>(m_client.get(), RequestPriority::Background);
    m_tester = std::make_unique<ApiConnectionTester>(m_network);
    m_navigator = std::make_unique<AppNavigator>();

    // --lang is for this run only; the View menu's choice is what is remembered.
    const QString lang = m_commandLine.language.isEmpty()
        ? m_settings->value(kLanguage, QStringLiteral("en")).toString()
        : m_commandLine.language;
    m_language->apply(lang);

    m_session = std::make_unique<SessionController>(
        SessionController::Services{*m_settings, *m_profiles, *m_keyStore, *m_client, *m_tester});
    // Every new window of the session (sign-in, profile or language switch) gets its panes.
    connect(m_session.get(), &SessionController::sessionOpened, this,
            [this](MainWindow *window) { populatePanes(*window); });
    connect(m_session.get(), &SessionController::finished, this, &Desk::finished);
    // Unsent replies to a removed account's customers are that account's data: they go too.
    connect(m_session.get(), &SessionController::profileRemoved, this, [this](const QString &name) {
        QFile::remove(draftsPath(m_settings, name));
        deleteCache(name);
    });
    connect(m_session.get(), &SessionController::signedOut, this, &Desk::deleteCache);
}

Desk::~Desk()
{
    // Windows first: their panes hold callbacks into the API objects below.
    m_session.reset();
    m_client->cancelAll();
    m_client->setResponseCache(nullptr);
}

QString Desk::cachePath(const QString &profile) const
{
    return CacheStore::pathFor(m_cacheFolder, profile);
}

void Desk::useCurrentProfileCache()
{
    // The demo's data is the sandbox's own and is thrown away with it: nothing to keep.
    const QString profile = m_session->isDemo() ? QString() : m_session->currentProfile();
    if (profile.isEmpty()) {
        m_client->setResponseCache(nullptr);
        m_cache.reset();
        return;
    }
    if (m_cache && m_cache->filePath() == cachePath(profile))
        return;
    m_client->setResponseCache(nullptr);
    m_cache = std::make_unique<CacheStore>(cachePath(profile));
    if (m_cache->open())
        m_client->setResponseCache(m_cache.get());
    else
        m_cache.reset(); // the app works without it, as before
}

void Desk::deleteCache(const QString &profile)
{
    const QString path = cachePath(profile);
    if (m_cache && m_cache->filePath() == path) {
        m_client->setResponseCache(nullptr);
        m_cache.reset();
    }
    CacheStore::removeFiles(path);
}

void Desk::start()
{
    m_session->start(m_commandLine.profile);
}

void Desk::startDemo(const ApiConnection &connection)
{
    m_session->startDemo(connection);
}

// Runs for every new window (sign-in, profile or language switch). The order here is the
// navigation's default; SessionController reorders it for the profile's "I work as" role.
void Desk::populatePanes(MainWindow &window)
{
    m_navigator->reset(&window);
    // Before the panes: their first reads may already need the cache.
    useCurrentProfileCache();
    window.addBanner(new OfflineNotice(*m_client));
    AccountPane *account = addAccountPane(window);
    InboxPane *inbox = addInboxPane(window);
    addContactsPane(window, account);
    CalendarPane *calendar = addCalendarPane(window, account);
    addWebhooksPane(window);
    addTeamPane(window);
    addCommandPalette(window, inbox, calendar);
    connect(&window, &MainWindow::languageRequested, this, &Desk::changeLanguage);
}

// One pane, two views of it: the widget the window shows, the Pane the app may ask.
void Desk::addPane(MainWindow &window, const QString &id, QWidget *widget, Pane *pane)
{
    window.addPane(id, pane->paneTitle(), widget);
    followServer(m_client->connectionStatus(), m_session.get(), widget, pane);
}

AccountPane *Desk::addAccountPane(MainWindow &window)
{
    auto *account = new AccountPane(*m_accountApi);
    addPane(window, QStringLiteral("account"), account, account);
    return account;
}

InboxPane *Desk::addInboxPane(MainWindow &window)
{
    auto *inbox = new InboxPane({*m_conversationsApi, *m_contactsApi, *m_accountApi, *m_navigator,
                                 *m_settings, draftsPath(m_settings, m_session->currentProfile()),
                                 m_notifications, m_client->rateLimiter()});
    addPane(window, QStringLiteral("inbox"), inbox, inbox);
    connect(inbox, &InboxPane::unreadTotalChanged, &window,
            [&window](int total) { window.setPaneCount(QStringLiteral("inbox"), total); });
    m_navigator->setConversationTarget(QStringLiteral("inbox"),
                                       [inbox](int contactId) { inbox->openConversation(contactId); });
    return inbox;
}

void Desk::addContactsPane(MainWindow &window, AccountPane *account)
{
    auto *contacts = new ContactsPane(*m_contactsApi, *m_navigator, *m_settings);
    contacts->setRateLimiter(m_client->rateLimiter());
    addPane(window, QStringLiteral("contacts"), contacts, contacts);
    m_navigator->setContactTarget(QStringLiteral("contacts"), [contacts](int id) { contacts->showContact(id); });
    // Numbers typed without "+" belong to the business's own country.
    connect(account, &AccountPane::loaded, contacts, [this, contacts] {
        m_accountApi->fetchAccount(contacts, [contacts](const ApiResult<Account> &result) {
            if (result && !PhoneNormalizer::regionOfNumber(result.value().phone).isEmpty())
                contacts->setPhoneRegion(PhoneNormalizer::regionOfNumber(result.value().phone));
        });
    });
}

CalendarPane *Desk::addCalendarPane(MainWindow &window, AccountPane *account)
{
    auto *calendar = new CalendarPane({*m_bookingsApi, *m_bookingsBackgroundApi, *m_contactsApi,
                                       *m_accountApi, *m_navigator, *m_settings});
    addPane(window, QStringLiteral("calendar"), calendar, calendar);
    m_navigator->setBookingTarget(QStringLiteral("calendar"),
                                  [calendar](const ContactRef &contact) { calendar->startBooking(contact); });
    // A time zone saved in the Account section applies to the calendar at once.
    connect(account, &AccountPane::accountChanged, calendar, &CalendarPane::applyAccount);
    m_navigator->setBookingOpenTarget(QStringLiteral("calendar"), [calendar](qint64 id, const QDateTime &start) {
        calendar->showBooking(id, start);
    });
    return calendar;
}

void Desk::addCommandPalette(MainWindow &window, InboxPane *inbox, CalendarPane *calendar)
{
    // The demo has no saved profile; its recent choices are its own.
    const QString profile = m_session->isDemo() ? QStringLiteral("(demo)") : m_session->currentProfile();
    CommandPalette::Services services{*m_settings, profile, *m_contactsApi, *m_conversationsApi, *m_navigator,
                                      {}, {}};
    QPointer<InboxPane> inboxGuard(inbox);
    services.loadedConversations = [inboxGuard] {
        QList<PaletteEntry> entries;
        if (inboxGuard) {
            for (const Conversation &c : inboxGuard->conversationsModel()->conversations())
                entries.append(PaletteEntries::fromConversation(c));
        }
        return entries;
    };
    QPointer<CalendarPane> calendarGuard(calendar);
    services.loadedBookings = [calendarGuard] {
        QList<PaletteEntry> entries;
        if (calendarGuard) {
            for (const Booking &b : calendarGuard->model()->bookings())
                entries.append(PaletteEntries::fromBooking(b, calendarGuard->contactNameFor(b), calendarGuard->timeZone()));
        }
        return entries;
    };
    new CommandPalette(window, std::move(services));
}

void Desk::addWebhooksPane(MainWindow &window)
{
    auto *webhooks = new WebhooksPane(*m_webhooksApi, *m_settings);
    webhooks->webhooksModel()->setDeliveriesApi(m_webhooksBackgroundApi.get());
    addPane(window, QStringLiteral("webhooks"), webhooks, webhooks);
}

void Desk::addTeamPane(MainWindow &window)
{
    auto *team = new TeamPane(*m_teamApi, *m_settings);
    addPane(window, QStringLiteral("team"), team, team);
}

void Desk::changeLanguage(const QString &code)
{
    if (code == m_language->current())
        return;
    m_settings->setValue(kLanguage, code);
    m_language->apply(code);
    // Queued: the request came from a menu of the window about to be replaced.
    QMetaObject::invokeMethod(m_session.get(), &SessionController::rebuildWindow, Qt::QueuedConnection);
}
