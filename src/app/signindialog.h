// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}
class ConnectionTester;
struct ApiConnection;

// Asks for a profile and its API key. "Test connection" and OK both check the key with
// GET /account first; the dialog only closes with a key the server accepted.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ConnectionTester &tester, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setProfile(const Profile &profile);
    // Replaces the introduction with why the dialog is shown ("You signed out…").
    void setMessage(const QString &text);
    // The key was refused (401): only the key may change, and the reason is shown.
    void setReauthentication(const QString &reason);

    Profile profile() const;
    QString apiKey() const;
    ApiConnection connection() const;
    // The business name the server returned for the accepted key.
    QString businessName() const { return m_businessName; }

    void accept() override;

private:
    void runTest(bool acceptOnSuccess);
    bool validateInput();
    void showStatus(const QString &text, bool isError);
    void updateButtons();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    ConnectionTester &m_tester;
    QString m_businessName;
    // Replies to an older attempt are ignored: only the newest test may close the dialog.
    int m_attempt = 0;
    bool m_testing = false;
};
