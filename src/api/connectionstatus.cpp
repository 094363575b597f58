// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstatus.h"

#include <utility>

ConnectionStatus::ConnectionStatus(QObject *parent)
    : QObject(parent)
{
}

ConnectionStatus::State ConnectionStatus::stateFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return State::Offline;
    case Kind::Server:
    case Kind::MalformedResponse:
        return State::ServerTrouble;
    case Kind::None:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::RateLimited:
    case Kind::ResponseTooLarge:
        return State::Online; // the API itself answered
    case Kind::Cancelled:
    case Kind::InsecureUrl:
        break; // says nothing about the server
    }
    return State::Unknown;
}

void ConnectionStatus::noteOutcome(const ApiError &error, quint64 sentOrder)
{
    const State next = stateFor(error);
    if (next == State::Unknown)
        return;
    const State before = m_state;
    const bool down = before == State::Offline || before == State::ServerTrouble;
    // One path failing while others answer must not flap: only a request that left after
    // the failure was seen tells the server is back (and then reloads every pane).
    if (down && next == State::Online && sentOrder != 0 && sentOrder <= m_downSince)
        return;
    if (next != State::Online && !down)
        m_downSince = m_lastSendOrder;
    m_lastError = next == State::Online ? ApiError() : error;
    if (next == before) {
        // Still down, perhaps for another reason: the words may change.
        if (next != State::Online)
            Q_EMIT stateChanged(next);
        return;
    }
    const bool savedShown = std::exchange(m_showingSaved, false);
    m_state = next;
    Q_EMIT stateChanged(next);
    if (next == State::Online && (down || savedShown))
        Q_EMIT restored();
}

void ConnectionStatus::noteShowingSaved()
{
    // Down already: the comeback reloads anyway.
    if (m_state != State::Unknown || m_showingSaved)
        return;
    m_showingSaved = true;
    Q_EMIT stateChanged(m_state); // the same state, other words (ConnectionStatusPresenter)
}

void ConnectionStatus::reset()
{
    m_lastError = ApiError();
    if (m_state == State::Unknown) {
        if (std::exchange(m_showingSaved, false))
            Q_EMIT stateChanged(m_state);
        return;
    }
    m_showingSaved = false;
    m_state = State::Unknown;
    Q_EMIT stateChanged(m_state);
}
