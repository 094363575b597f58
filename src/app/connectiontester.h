// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"

#include <QObject>
#include <QString>

#include <functional>

// "Test connection" for the sign-in dialog: GET /account with a candidate connection
// that is not (yet) the app's. An interface so the dialog can be tested without a server.
class ConnectionTester
{
public:
    struct Outcome
    {
        QString businessName; // set on success
        ApiError error;       // kind None on success
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~ConnectionTester() = default;
    // The callback runs once, on the caller's thread, never after `context` is gone.
    virtual void test(const ApiConnection &connection, QObject *context, Callback callback) = 0;
};
