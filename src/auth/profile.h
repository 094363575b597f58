// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// A named connection to one SkyLight Chat account. The API key is not part of it: keys
// live only in a KeyStore.
struct Profile
{
    enum class AuthStyle {
        Bearer,     // Authorization: Bearer <key>
        ApiKeyHeader, // X-Api-Key: <key>
    };

    static QUrl productionBaseUrl()
    {
        return QUrl(QStringLiteral("https://dashboard.skylightchat.com/api/v1"));
    }

    QString name;
    QUrl baseUrl = productionBaseUrl();
    AuthStyle authStyle = AuthStyle::Bearer;
    // "I work as": receptionist, agent or admin; empty = not chosen. Decides which panes
    // the navigation lists first (see PaneOrder); every pane stays reachable.
    QString workRole;

    bool isValid() const { return !name.trimmed().isEmpty() && baseUrl.isValid(); }
    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.authStyle == b.authStyle
            && a.workRole == b.workRole;
    }
};
