// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class JsonReader;

// GET /account: the business profile.
struct Account
{
    qint64 id = 0;
    QString businessName;
    QString email;
    QString phone;
    QString timezone; // IANA, e.g. "Asia/Dubai"
    QString locale;
    QString logoUrl; // empty when none
    QDateTime createdAt;

    static Account fromJson(const JsonReader &reader);
};

// PATCH /account: only the fields that are set are sent.
struct AccountUpdate
{
    std::optional<QString> businessName;
    std::optional<QString> phone;
    std::optional<QString> timezone;
    std::optional<QString> locale;

    QJsonObject toJson() const;
};
