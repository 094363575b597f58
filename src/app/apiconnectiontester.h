// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiontester.h"

class QNetworkAccessManager;

// Tests a candidate connection with its own short-lived ApiClient, so a wrong key typed
// into the sign-in dialog neither disturbs the app's connection nor triggers its
// "key refused" handling.
class ApiConnectionTester final : public ConnectionTester
{
public:
    explicit ApiConnectionTester(QNetworkAccessManager *network);

    void test(const ApiConnection &connection, QObject *context, Callback callback) override;

private:
    QNetworkAccessManager *m_network;
};
