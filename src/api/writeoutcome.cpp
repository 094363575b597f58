// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeoutcome.h"

#include "apierrortext.h"

#include <QCoreApplication>

WriteOutcome::WriteOutcome(State state, const ApiError &error)
    : m_state(state)
    , m_error(error)
{
}

WriteOutcome WriteOutcome::of(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return { State::Done, error };
    case Kind::Tls:
    case Kind::InsecureUrl:
        // Refused before a byte of the request left this computer.
        return { State::Refused, error };
    case Kind::RateLimited:
        // A 429 is answered instead of running the request, by the API or a proxy alike.
        return { State::Refused, error };
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Validation:
        // A 4xx is only a refusal when the API itself says so (its envelope, a message or
        // field errors); a bare page from a proxy in between does not tell whether the
        // API saw the request.
        return { error.fromErrorEnvelope || !error.serverMessage.isEmpty() || !error.fieldErrors.isEmpty()
                ? State::Refused
                : State::Unknown,
            error };
    case Kind::Network:
        // Refused to connect, or no such host: the request never left, nothing was stored.
        if (error.requestNeverSent)
            return { State::Refused, error };
        break;
    case Kind::Timeout:
    case Kind::Server:
    case Kind::MalformedResponse:
    case Kind::Cancelled:
    case Kind::ResponseTooLarge: // an answer came, too large to read: the write may have run
        break;
    }
    return { State::Unknown, error };
}

QString WriteOutcome::userText() const
{
    switch (m_state) {
    case State::Done:
        return {};
    case State::Refused:
        return userMessageForWrite(m_error);
    case State::Unknown:
        break;
    }
    // Not the cause's own text: "Please try again" is the one advice that could duplicate.
    return QCoreApplication::translate(
        "WriteOutcome", "The server did not confirm the change, so it may have been saved.");
}
