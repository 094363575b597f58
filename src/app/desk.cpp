// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "accountpane.h"
#include "apiclient.h"
#include "apiconnectiontester.h"
#include "appnavigator.h"
#include "contactspane.h"
#include "inboxpane.h"
#include "keychainkeystore.h"
#include "language.h"
#include "mainwindow.h"
#include "phonenormalizer.h"
#include "profilestore.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "restteamapi.h"
#include "restwebhooksapi.h"
#include "sessioncontroller.h"
#include "teampane.h"
#include "webhookspane.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>

namespace {
const QLatin1String kLanguage("language");

// Drafts live next to the settings, one file per profile: contact 42 of one account is
// not contact 42 of another, and a draft must never reach the wrong customer.
QString draftsPath(const QSettings *settings, const QString &profile)
{
    const QByteArray id = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QFileInfo(settings->fileName()).dir().filePath(
        QStringLiteral("inbox-drafts/%1.json").arg(QString::fromLatin1(id)));
}
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
    m_conversationsApi = std::make_unique<RestConversationsApi>(m_client.get());
    m_contactsApi = std::make_unique<RestContactsApi>(m_client.get());
    m_webhooksApi = std::make_unique<RestWebhooksApi>(m_client.get());
    m_teamApi = std::make_unique<RestTeamApi>(m_client.get());
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
        auto *contacts = new ContactsPane(*m_contactsApi, *m_navigator, *m_settings);
        window.addPane(QStringLiteral("contacts"), tr("Contacts"), contacts);
        m_navigator->setContactTarget(QStringLiteral("contacts"), [contacts](int id) { contacts->showContact(id); });
        connect(m_session.get(), &SessionController::connectionRestored, contacts, &ContactsPane::reload);
        connect(contacts, &ContactsPane::loadFailed, m_session.get(), &SessionController::noteRequestFailed);
        connect(contacts, &ContactsPane::loaded, m_session.get(), &SessionController::noteRequestSucceeded);
        // Numbers typed without "+" belong to the business's own country.
        connect(account, &AccountPane::loaded, contacts, [this, contacts] {
            m_accountApi->fetchAccount(contacts, [contacts](const ApiResult<Account> &result) {
                if (result && !PhoneNormalizer::regionOfNumber(result.value().phone).isEmpty())
                    contacts->setPhoneRegion(PhoneNormalizer::regionOfNumber(result.value().phone));
            });
        });
        auto *inbox = new InboxPane({*m_conversationsApi, *m_contactsApi, *m_accountApi, *m_navigator,
                                     *m_settings, draftsPath(m_settings, m_session->currentProfile())});
        window.addPane(QStringLiteral("inbox"), tr("Inbox"), inbox);
        m_navigator->setConversationTarget(QStringLiteral("inbox"),
                                           [inbox](int contactId) { inbox->openConversation(contactId); });
        connect(m_session.get(), &SessionController::connectionRestored, inbox, &InboxPane::reload);
        connect(inbox, &InboxPane::loadFailed, m_session.get(), &SessionController::noteRequestFailed);
        connect(inbox, &InboxPane::loaded, m_session.get(), &SessionController::noteRequestSucceeded);
        auto *webhooks = new WebhooksPane(*m_webhooksApi, *m_settings);
        window.addPane(QStringLiteral("webhooks"), tr("Webhooks"), webhooks);
        connect(m_session.get(), &SessionController::connectionRestored, webhooks, &WebhooksPane::reload);
        connect(webhooks, &WebhooksPane::loadFailed, m_session.get(), &SessionController::noteRequestFailed);
        connect(webhooks, &WebhooksPane::requestSucceeded, m_session.get(), &SessionController::noteRequestSucceeded);
        auto *team = new TeamPane(*m_teamApi, *m_settings);
        window.addPane(QStringLiteral("team"), tr("Team"), team);
        connect(m_session.get(), &SessionController::connectionRestored, team, &TeamPane::reload);
        connect(team, &TeamPane::loadFailed, m_session.get(), &SessionController::noteRequestFailed);
        connect(team, &TeamPane::requestSucceeded, m_session.get(), &SessionController::noteRequestSucceeded);
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
