// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class ConnectionStatus;
class MainWindow;

// The status bar's connection words, one owner for them: what ConnectionStatus says about
// the server (online, offline, server trouble) and what only the session knows (whom we
// are signed in as, a refused key). Panes do not report anything here any more.
class ConnectionStatusPresenter final : public QObject
{
    Q_OBJECT

public:
    // Lives as long as the window (its child); the status outlives both (ApiClient's).
    ConnectionStatusPresenter(const ConnectionStatus &status, MainWindow &window);

    // The words while the server answers ("Signed in to …"); clears a shown problem.
    void setSignedIn(const QString &text);
    // Something the status cannot know (a refused key, a failed first check): shown until
    // the connection's state changes or the session is signed in again.
    void showProblem(const QString &text);

    QString text() const { return m_text; }
    bool isOk() const { return m_ok; }

private:
    void update();

    const ConnectionStatus &m_status;
    MainWindow &m_window;
    QString m_signedIn;
    QString m_problem;
    QString m_text;
    bool m_ok = true;
};
