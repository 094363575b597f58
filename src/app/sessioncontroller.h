// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"
#include "memorykeystore.h"
#include "profile.h"

#include <QObject>
#include <QPointer>


class ApiClient;
class ConnectionStatusPresenter;
class ConnectionTester;
class KeyStore;
class MainWindow;
class ProfileStore;
class QSettings;
class SessionOnlyPrompt;
class SignInDialog;

// Who is signed in, and the windows that follow from it: reads the profile's key, asks for
// one when needed (sign-in dialog), saves it in the keychain (or, with the user's consent,
// for this session only), opens the main window, and handles sign-out, profile switching,
// profile removal and a key the server stops accepting (401).
class SessionController final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QSettings &settings;
        ProfileStore &profiles;
        KeyStore &keychain;
        ApiClient &client;
        ConnectionTester &tester;
        // Asked when no keychain is reachable; null: a message box asks the user.
        SessionOnlyPrompt *sessionOnlyPrompt = nullptr;
    };

    explicit SessionController(Services services, QObject *parent = nullptr);
    ~SessionController() override;

    // Signs in with the named profile (empty: the last used one, or a new one).
    void start(const QString &profileName);
    // Demo mode: a connection whose key is never stored anywhere.
    void startDemo(const ApiConnection &connection);

    MainWindow *mainWindow() const;
    SignInDialog *signInDialog() const;
    QString currentProfile() const { return m_profile.name; }
    bool isDemo() const { return m_demo; }

    void signOut();
    // Asks first; removeProfile() does the work (profile and key), without asking.
    void removeCurrentProfile();
    void removeProfile(const QString &name);
    void switchProfile(const QString &name);
    void addProfile();
    // Rebuilds the main window so every string is retranslated, keeping the current pane.
    void rebuildWindow();
    // The profile's "I work as" choice: remembered with the profile, panes reordered at once.
    void setWorkRole(const QString &role);

Q_SIGNALS:
    // The user is done (closed the window, or cancelled signing in with no window open).
    void finished();
    // A main window opened for the session (sign-in, profile switch, language change): its
    // panes are built by whoever listens (Desk), synchronously, before it is shown.
    void sessionOpened(MainWindow *window);
    // A session started or the connection changed (a new key after a 401).
    void sessionStarted();
    void connectionRestored();
    // A profile was removed (its key and settings are gone; its window, if open, is closed):
    // what else is kept per profile goes too.
    void profileRemoved(const QString &name);
    // The user signed out of a profile (its key is gone, its window closed): what the app
    // kept for it on this computer (the offline cache) goes too.
    void signedOut(const QString &name);

private:
    void readKeyAndOpen(const Profile &profile);
    void askForKey(const Profile &profile, const QString &reason, bool reauthentication);
    void storeKeyAndOpen(const Profile &profile, const QString &key, const QString &businessName);
    void openSession(const Profile &profile, const ApiConnection &connection,
                     const QString &businessName);
    void checkConnection();
    void handleUnauthorized();
    void updateStatus();
    void updateRateStatus();
    void closeWindow();
    ApiConnection connectionFor(const Profile &profile, const QString &key) const;

    Services m_services;
    // Keys the user chose to keep for this session only; gone when the app exits.
    MemoryKeyStore m_sessionKeys;
    QPointer<MainWindow> m_window;
    QPointer<ConnectionStatusPresenter> m_status; // the window's status bar words
    QPointer<SignInDialog> m_dialog;
    Profile m_profile; // the profile the open window belongs to
    int m_connectionCheck = 0;
    QString m_businessName;
    bool m_demo = false;
    bool m_closingWindow = false;
};
