// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiontester.h"

#include <QPointer>

// A ConnectionTester that accepts exactly one key and answers asynchronously.
class FakeConnectionTester final : public ConnectionTester
{
public:
    QString goodKey = QStringLiteral("sk_test_good");
    QString businessName = QStringLiteral("Glow Beauty Salon");
    int calls = 0;
    ApiConnection last;

    void test(const ApiConnection &connection, QObject *context, Callback callback) override
    {
        ++calls;
        last = connection;
        Outcome outcome;
        if (connection.apiKey == goodKey)
            outcome.businessName = businessName;
        else
            outcome.error = ApiError(ApiError::Kind::Unauthorized, 401, QStringLiteral("Unauthenticated."));
        QMetaObject::invokeMethod(context, [callback, outcome] { callback(outcome); }, Qt::QueuedConnection);
    }
};
