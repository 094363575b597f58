// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "apiclient.h"
#include "apierrortext.h"
#include "connectiontester.h"
#include "connectionstatus.h"
#include "connectionstatuspresenter.h"
#include "keystore.h"
#include "mainwindow.h"
#include "messageboxsessiononlyprompt.h"
#include "paneorder.h"
#include "plaintextwidgets.h"
#include "profilestore.h"
#include "ratelimiter.h"
#include "signindialog.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSession, "skylight.app.session")

SessionController::SessionController(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    connect(&m_services.client, &ApiClient::unauthorized, this, &SessionController::handleUnauthorized);
    connect(&m_services.client, &ApiClient::rateStateChanged, this, &SessionController::updateRateStatus);
}

SessionController::~SessionController()
{
    m_closingWindow = true;
    delete m_dialog;
    delete m_window;
}

MainWindow *SessionController::mainWindow() const
{
    return m_window;
}

SignInDialog *SessionController::signInDialog() const
{
    return m_dialog;
}

ApiConnection SessionController::connectionFor(const Profile &profile, const QString &key) const
{
    ApiConnection c;
    c.baseUrl = profile.baseUrl;
    c.apiKey = key;
    c.authStyle = profile.authStyle == Profile::AuthStyle::ApiKeyHeader
        ? ApiConnection::AuthStyle::ApiKeyHeader
        : ApiConnection::AuthStyle::Bearer;
    return c;
}

void SessionController::start(const QString &profileName)
{
    m_demo = false;
    const QString name = profileName.isEmpty() ? m_services.profiles.lastUsed() : profileName;
    const auto profile = m_services.profiles.profile(name);
    if (!profile) {
        Profile fresh;
        fresh.name = name;
        askForKey(fresh,
                  name.isEmpty() ? QString()
                                 : tr("There is no saved profile called \"%1\". Enter its "
                                      "details to create it.")
                                       .arg(name),
                  false);
        return;
    }
    readKeyAndOpen(*profile);
}

void SessionController::startDemo(const ApiConnection &connection)
{
    m_demo = true;
    openSession(Profile{}, connection, QString());
}

void SessionController::readKeyAndOpen(const Profile &profile)
{
    // A key kept for this session only wins: the keychain was unreachable when it was given.
    if (m_sessionKeys.contains(profile.name)) {
        m_sessionKeys.readKey(profile.name, this, [this, profile](const KeyStore::Result &r) {
            openSession(profile, connectionFor(profile, r.key), QString());
        });
        return;
    }
    m_services.keychain.readKey(profile.name, this, [this, profile](const KeyStore::Result &r) {
        switch (r.error) {
        case KeyStore::ErrorKind::None:
            openSession(profile, connectionFor(profile, r.key), QString());
            return;
        case KeyStore::ErrorKind::NotFound:
            askForKey(profile, tr("Enter the API key for \"%1\".").arg(profile.name), false);
            return;
        case KeyStore::ErrorKind::NoKeychain:
            askForKey(profile,
                      tr("No keychain is reachable on this computer, so your saved API key "
                         "cannot be read. Enter the key to use it for this session only."),
                      false);
            return;
        case KeyStore::ErrorKind::Other:
            askForKey(profile,
                      tr("Your saved API key could not be read from the keychain (%1). Enter "
                         "it again.")
                          .arg(r.errorDetail),
                      false);
            return;
        }
    });
}

void SessionController::askForKey(const Profile &profile, const QString &reason, bool reauthentication)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new SignInDialog(m_services.tester, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    if (!profile.name.isEmpty() || profile.baseUrl != Profile::productionBaseUrl())
        dialog->setProfile(profile);
    if (reauthentication)
        dialog->setReauthentication(reason);
    else if (!reason.isEmpty())
        dialog->setMessage(reason);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        storeKeyAndOpen(dialog->profile(), dialog->apiKey(), dialog->businessName());
    });
    connect(dialog, &QDialog::rejected, this, [this, reauthentication] {
        if (reauthentication)
            return; // the window stays; requests keep failing until the user signs in
        if (!m_window)
            Q_EMIT finished();
    });
    dialog->open();
}

void SessionController::storeKeyAndOpen(const Profile &profile, const QString &key,
                                        const QString &businessName)
{
    m_services.profiles.save(profile);
    m_services.profiles.setLastUsed(profile.name);
    m_services.keychain.writeKey(
        profile.name, key, this, [this, profile, key, businessName](const KeyStore::Result &r) {
            if (r.ok()) {
                openSession(profile, connectionFor(profile, key), businessName);
                return;
            }
            auto useForSession = [this, profile, key, businessName](bool yes) {
                if (!yes) {
                    askForKey(profile, tr("The API key was not saved."), false);
                    return;
                }
                m_sessionKeys.writeKey(profile.name, key, this, [](const KeyStore::Result &) {});
                openSession(profile, connectionFor(profile, key), businessName);
            };
            qCWarning(lcSession) << "could not store the key in the keychain:" << r.errorDetail;
            if (m_services.sessionOnlyPrompt) {
                m_services.sessionOnlyPrompt->ask(m_window, r, useForSession);
                return;
            }
            MessageBoxSessionOnlyPrompt().ask(m_window, r, useForSession);
        });
}

void SessionController::openSession(const Profile &profile, const ApiConnection &connection,
                                    const QString &businessName)
{
    // Same profile, window open: a new key after a 401. Keep the window and everything
    // typed into it; the panes reload what failed.
    const bool reconnect = m_window && !m_demo && m_profile.name == profile.name;
    m_profile = profile;
    m_services.client.setConnection(connection);
    m_businessName = businessName;
    if (reconnect) {
        updateStatus();
        Q_EMIT connectionRestored();
    } else {
        rebuildWindow();
        Q_EMIT sessionStarted();
    }
    checkConnection();
}

void SessionController::checkConnection()
{
    const int check = ++m_connectionCheck;
    m_services.tester.test(m_services.client.connection(), this,
                           [this, check](const ConnectionTester::Outcome &outcome) {
                               if (check != m_connectionCheck || !m_window)
                                   return;
                               if (outcome.error.kind == ApiError::Kind::Unauthorized) {
                                   handleUnauthorized();
                                   return;
                               }
                               if (outcome.error.isError()) {
                                   // Not through ApiClient, but the same server: the status
                                   // learns of it; what is no connection fault shows as is.
                                   if (ConnectionStatus::stateFor(outcome.error)
                                       == ConnectionStatus::State::Online)
                                       m_status->showProblem(
                                           tr("Not connected: %1").arg(userMessage(outcome.error)));
                                   else
                                       m_services.client.connectionStatus()->noteOutcome(outcome.error);
                                   return;
                               }
                               m_businessName = outcome.businessName;
                               updateStatus();
                           });
}

void SessionController::rebuildWindow()
{
    QString pane;
    if (m_window) {
        pane = m_window->currentPaneId();
        closeWindow();
    }
    auto *window = new MainWindow(m_services.settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &QObject::destroyed, this, [this] {
        if (!m_closingWindow)
            Q_EMIT finished();
    });
    connect(window, &MainWindow::signOutRequested, this, &SessionController::signOut);
    connect(window, &MainWindow::removeProfileRequested, this, &SessionController::removeCurrentProfile);
    connect(window, &MainWindow::switchProfileRequested, this, &SessionController::switchProfile);
    connect(window, &MainWindow::addProfileRequested, this, &SessionController::addProfile);
    connect(window, &MainWindow::workRoleRequested, this, &SessionController::setWorkRole);

    m_status = new ConnectionStatusPresenter(*m_services.client.connectionStatus(), *window);

    window->setDemoMode(m_demo);
    window->setProfileNames(m_services.profiles.names(), m_profile.name, m_demo);
    Q_EMIT sessionOpened(window);
    window->setWorkRole(m_profile.workRole);
    window->orderPanes(PaneOrder::apply(m_profile.workRole, window->paneIds()));
    window->restoreState();
    if (!pane.isEmpty())
        window->setCurrentPane(pane);
    updateStatus();
    updateRateStatus();
    window->show();
}

void SessionController::setWorkRole(const QString &role)
{
    m_profile.workRole = role;
    // The demo has no saved profile: the choice lasts for this run.
    if (!m_demo && !m_profile.name.isEmpty())
        m_services.profiles.save(m_profile);
    if (m_window) {
        m_window->setWorkRole(role);
        m_window->orderPanes(PaneOrder::apply(role, m_window->paneIds()));
    }
}

void SessionController::closeWindow()
{
    if (!m_window)
        return;
    m_closingWindow = true;
    delete m_window;
    m_closingWindow = false;
}

void SessionController::updateStatus()
{
    if (!m_window)
        return;
    const QString host = m_services.client.connection().baseUrl.host();
    if (m_demo)
        m_status->setSignedIn(tr("Demo sandbox on this computer"));
    else if (!m_businessName.isEmpty())
        m_status->setSignedIn(tr("Signed in to %1 (%2) as profile \"%3\"").arg(m_businessName, host, m_profile.name));
    else
        m_status->setSignedIn(tr("Connected to %1 as profile \"%2\"").arg(host, m_profile.name));
}

void SessionController::updateRateStatus()
{
    if (!m_window)
        return;
    const RateLimiter *limiter = m_services.client.rateLimiter();
    m_window->setRateBudget(limiter->budgetLeft(), limiter->limit(), limiter->pausedUntil());
}

void SessionController::handleUnauthorized()
{
    if (m_demo || m_dialog)
        return;
    if (m_window)
        m_status->showProblem(tr("The API key was refused. Sign in again to continue."));
    askForKey(m_profile,
              tr("The server no longer accepts the API key of \"%1\". Enter a valid key to "
                 "continue where you left off.")
                  .arg(m_profile.name),
              true);
}

void SessionController::signOut()
{
    if (m_demo || m_profile.name.isEmpty())
        return;
    const Profile profile = m_profile;
    m_sessionKeys.removeKey(profile.name, this, [](const KeyStore::Result &) {});
    m_services.keychain.removeKey(profile.name, this, [](const KeyStore::Result &r) {
        if (!r.ok())
            qCWarning(lcSession) << "could not remove the key from the keychain:" << r.errorDetail;
    });
    m_services.client.setConnection(ApiConnection{});
    closeWindow();
    m_profile = Profile{};
    Q_EMIT signedOut(profile.name);
    askForKey(profile, tr("You signed out of \"%1\". Enter an API key to sign in again.").arg(profile.name),
              false);
}

void SessionController::removeCurrentProfile()
{
    if (m_demo || m_profile.name.isEmpty())
        return;
    auto *box = PlainText::messageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove the profile \"%1\" and delete its API key from this "
                                   "computer?")
                                    .arg(m_profile.name),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_profile.name;
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->result() == QMessageBox::Yes)
            removeProfile(name);
    });
    box->open();
}

void SessionController::removeProfile(const QString &name)
{
    m_sessionKeys.removeKey(name, this, [](const KeyStore::Result &) {});
    m_services.keychain.removeKey(name, this, [](const KeyStore::Result &r) {
        if (!r.ok())
            qCWarning(lcSession) << "could not remove the key from the keychain:" << r.errorDetail;
    });
    m_services.profiles.remove(name);
    if (m_demo || name != m_profile.name) {
        Q_EMIT profileRemoved(name);
        if (m_window)
            m_window->setProfileNames(m_services.profiles.names(), m_profile.name, m_demo);
        return;
    }
    m_services.client.setConnection(ApiConnection{});
    m_profile = Profile{};
    closeWindow();
    // After the window: its inbox writes pending drafts as it closes.
    Q_EMIT profileRemoved(name);
    const QStringList remaining = m_services.profiles.names();
    if (remaining.isEmpty())
        askForKey(Profile{}, QString(), false);
    else
        start(remaining.constFirst());
}

void SessionController::switchProfile(const QString &name)
{
    if (!m_demo && name == m_profile.name)
        return;
    const auto profile = m_services.profiles.profile(name);
    if (!profile)
        return;
    m_demo = false;
    m_services.profiles.setLastUsed(name);
    readKeyAndOpen(*profile);
}

void SessionController::addProfile()
{
    askForKey(Profile{}, QString(), false);
}
