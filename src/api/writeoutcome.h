// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apiresult.h"

#include <QString>

// What became of a write (POST/PUT/PATCH/DELETE), decided by one rule for the whole app:
// - Done: a 2xx whose body decoded.
// - Refused: the server answered with a definite error status and its envelope says so
//   (a 4xx error envelope, a 429, or a request that never left: TLS, insecure URL, a
//   refused connection or an unknown host - ApiError::requestNeverSent).
//   Nothing was stored; the user may correct and send again.
// - Unknown: anything else once the request may have left: a dropped connection (before
//   or after the status line), a time-out, a cut-off or undecodable body, a 2xx with
//   "success": false, a 5xx or a bare 4xx from a proxy. The server may have stored it,
//   so the app looks before it offers to send again (docs/api-client.md).
class WriteOutcome
{
public:
    enum class State
    {
        Done,
        Refused,
        Unknown
    };

    static WriteOutcome of(const ApiError &error);
    template<typename T> static WriteOutcome of(const ApiResult<T> &result)
    {
        return of(result.error());
    }

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool isRefused() const { return m_state == State::Refused; }
    bool isUnknown() const { return m_state == State::Unknown; }
    const ApiError &error() const { return m_error; }

    // Translated; empty for Done. Unknown says the server may have it.
    QString userText() const;

private:
    WriteOutcome(State state, const ApiError &error);

    State m_state = State::Done;
    ApiError m_error;
};
