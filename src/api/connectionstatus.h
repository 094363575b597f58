// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QObject>

// The one answer to "can we reach the server?", fed by ApiClient with the outcome of every
// reply (it sees them all, so no pane has to report how its requests went). Lives in the
// API layer because only the client knows outcomes; the app's ConnectionStatusPresenter
// turns it into words, and Desk reloads the panes on restored().
class ConnectionStatus final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,       // nothing answered yet on this connection
        Online,        // the last reply came from the API (any HTTP status it decided)
        Offline,       // no connection: refused, unknown host, dropped, timed out, TLS
        ServerTrouble, // the server answered but could not serve (5xx, unreadable answers)
    };
    Q_ENUM(State)

    explicit ConnectionStatus(QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isReachable() const { return m_state == State::Unknown || m_state == State::Online; }
    // The error that took the connection down (None while reachable).
    const ApiError &lastError() const { return m_lastError; }

    // Numbers each attempt as it leaves (ApiClient asks): how outcomes are ordered below.
    quint64 nextSendOrder() { return ++m_lastSendOrder; }
    // One request's outcome (None: a success). Cancelled and errors about the request itself
    // (404, 422, 429, too large) say the server is there. sentOrder is nextSendOrder() of
    // the request: an answer to a request that left before the connection was found down
    // is old news and does not bring it back (0: unknown, taken as news).
    void noteOutcome(const ApiError &error, quint64 sentOrder = 0);
    // A read was answered from the offline cache while nothing had answered yet (a slow
    // start, ApiClient's cache-first answers): the first answer from the server is then a
    // comeback too, so restored() makes the panes showing saved data load fresh data.
    void noteShowingSaved();
    bool isShowingSaved() const { return m_showingSaved; }
    // A new base URL or key: what was known belonged to the other server.
    void reset();

    static State stateFor(const ApiError &error);

Q_SIGNALS:
    void stateChanged(ConnectionStatus::State state);
    // Offline or ServerTrouble → Online, or Unknown → Online after saved data was shown
    // (noteShowingSaved): whatever failed or was saved in the meantime may load now.
    void restored();

private:
    State m_state = State::Unknown;
    ApiError m_lastError;
    quint64 m_lastSendOrder = 0;
    quint64 m_downSince = 0; // m_lastSendOrder when it went down: older answers are stale
    bool m_showingSaved = false; // saved data answered while Unknown, until the state changes
};
