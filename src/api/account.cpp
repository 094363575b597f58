// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include "jsonreader.h"

Account Account::fromJson(const JsonReader &reader)
{
    Account account;
    account.id = reader.id();
    account.businessName = reader.string("business_name");
    account.email = reader.string("email");
    account.phone = reader.string("phone");
    account.timezone = reader.string("timezone");
    account.locale = reader.string("locale");
    account.logoUrl = reader.string("logo_url");
    account.createdAt = reader.dateTime("created_at");
    return account;
}

QJsonObject AccountUpdate::toJson() const
{
    QJsonObject json;
    if (businessName)
        json.insert(QStringLiteral("business_name"), *businessName);
    if (phone)
        json.insert(QStringLiteral("phone"), *phone);
    if (timezone)
        json.insert(QStringLiteral("timezone"), *timezone);
    if (locale)
        json.insert(QStringLiteral("locale"), *locale);
    return json;
}
