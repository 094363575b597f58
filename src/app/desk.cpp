// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "accountpane.h"
#include "apiclient.h"
#include "apiconnectiontester.h"
#include "appnavigator.h"
#include "calendarpane.h"
#include "keychainkeystore.h"
#include "language.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "restaccountapi.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "sessioncontroller.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace {
const QLatin1String kLanguage("language");
}

Desk::Desk(const CommandLine &commandLine, QObject *parent)
    : Desk(commandLine, Services{nullptr, nullptr}, parent)
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
    m_language = std::make_unique<Language>();
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_accountApi = std::make_unique<RestAccountApi>(m_client.get());
    m_bookingsApi = std::make_unique<RestBookingsApi>(m_client.get());
    m_bookingsBackgroundApi = std::make_unique<RestBookingsApi>(m_client.get(), RequestPriority::Background);
    m_calendarContactsApi = std::make_unique<RestContactsApi>(m_client.get());
    m_tester = std::make_unique<ApiConnectionTester>(m_network.get());
    m_navigator = std::make_unique<AppNavigator>();

    // --lang is for this run only; the View menu's choice is what is remembered.
    const QString lang = m_commandLine.language.isEmpty()
        ? m_settings->value(kLanguage, QStringLiteral("en")).toString()
        : m_commandLine.language;
    m_language->apply(lang);

    SessionController::Services session{*m_settings, *m_profiles, *m_keyStore, *m_client,
                                        *m_tester, {}, {}};
    session.populatePanes = [this](MainWindow &window) {
        m_navigator->reset(&window);
        auto *account = new AccountPane(*m_accountApi);
        window.addPane(QStringLiteral("account"), tr("Account"), account);
        connect(m_session.get(), &SessionController::connectionRestored, account, &AccountPane::reload);
        connect(account, &AccountPane::loadFailed, m_session.get(), &SessionController::noteRequestFailed);
        connect(account, &AccountPane::loaded, m_session.get(), &SessionController::noteRequestSucceeded);
        auto *calendar = new CalendarPane({*m_bookingsApi, *m_bookingsBackgroundApi, *m_calendarContactsApi,
                                           *m_accountApi, *m_navigator});
        window.addPane(QStringLiteral("calendar"), tr("Calendar"), calendar);
        m_navigator->setBookingTarget(QStringLiteral("calendar"), [calendar](const ContactRef &c) { calendar->startBooking(c); });
        connect(m_session.get(), &SessionController::connectionRestored, calendar, &CalendarPane::reload);
        connect(calendar, &CalendarPane::loadFailed, m_session.get(), &SessionController::noteRequestFailed);
        connect(calendar, &CalendarPane::loaded, m_session.get(), &SessionController::noteRequestSucceeded);
        connect(&window, &MainWindow::languageRequested, this, &Desk::changeLanguage);
    };
    m_session = std::make_unique<SessionController>(std::move(session));
    connect(m_session.get(), &SessionController::finished, this, &Desk::finished);
}

Desk::~Desk()
{
    // Windows first: their panes hold callbacks into the API objects below.
    m_session.reset();
    m_client->cancelAll();
}

void Desk::start()
{
    m_session->start(m_commandLine.profile);
}

void Desk::startDemo(const ApiConnection &connection)
{
    m_session->startDemo(connection);
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
