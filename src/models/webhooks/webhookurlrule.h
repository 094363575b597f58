// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Which webhook URLs the server accepts, checked before sending so the error appears at
// the field at once: https anywhere, plain http only to a loopback host.
class WebhookUrlRule final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookUrlRule)

public:
    // Empty when the URL is acceptable, otherwise one sentence for the user.
    static QString problem(const QString &url);
};
