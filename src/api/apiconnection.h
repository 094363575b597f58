// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Where and as whom the client talks: one per profile. The key lives here only in memory.
struct ApiConnection
{
    enum class AuthStyle
    {
        Bearer,
        ApiKeyHeader
    };

    QUrl baseUrl; // ends in /api/v1, e.g. https://dashboard.skylightchat.com/api/v1
    QString apiKey;
    AuthStyle authStyle = AuthStyle::Bearer;

    // https anywhere; plain http only to this computer (the sandbox), never elsewhere.
    static bool isAllowedUrl(const QUrl &url);
};
