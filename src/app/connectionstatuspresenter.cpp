// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstatuspresenter.h"

#include "apierrortext.h"
#include "connectionstatus.h"
#include "mainwindow.h"

ConnectionStatusPresenter::ConnectionStatusPresenter(const ConnectionStatus &status, MainWindow &window)
    : QObject(&window)
    , m_status(status)
    , m_window(window)
{
    connect(&status, &ConnectionStatus::stateChanged, this, [this] {
        m_problem.clear(); // the server's own word is newer
        update();
    });
    update();
}

void ConnectionStatusPresenter::setSignedIn(const QString &text)
{
    m_signedIn = text;
    m_problem.clear();
    update();
}

void ConnectionStatusPresenter::showProblem(const QString &text)
{
    m_problem = text;
    update();
}

void ConnectionStatusPresenter::update()
{
    QString detail;
    switch (m_status.state()) {
    case ConnectionStatus::State::Offline:
        m_text = tr("Not connected: the server cannot be reached. Nothing can be sent until it "
                    "is back; every section reloads by itself then.");
        detail = userMessage(m_status.lastError());
        m_ok = false;
        break;
    case ConnectionStatus::State::ServerTrouble:
        m_text = tr("Not connected: the server is having trouble. Every section reloads by "
                    "itself when it answers again.");
        detail = userMessage(m_status.lastError());
        m_ok = false;
        break;
    case ConnectionStatus::State::Unknown:
        // Saved data on screen and no answer yet: "Connected" would claim what is not known.
        m_text = m_status.isShowingSaved() ? tr("Waiting for the server to answer…") : m_signedIn;
        m_ok = true;
        break;
    case ConnectionStatus::State::Online:
        m_text = m_signedIn;
        m_ok = true;
        break;
    }
    if (!m_problem.isEmpty()) {
        m_text = m_problem;
        m_ok = false;
    }
    m_window.setConnectionState(m_text, m_ok, detail);
}
