// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baseline.h"

#include "apikeystore.h"
#include "clock.h"
#include "database.h"
#include "servicecontext.h"

namespace Sandbox {

void createBaseline(ServiceContext &context)
{
    Database &db = context.database;
    const QDateTime now = context.clock.now();
    const QString stamp = Clock::stamp(now);
    db.exec(QStringLiteral(
                "INSERT INTO accounts(id, business_name, email, phone, timezone, locale, logo_url,"
                " created_at, updated_at) VALUES (1, ?, ?, ?, 'UTC', 'en', NULL, ?, ?)"),
        { QStringLiteral("SkyLight Demo Clinic"), QStringLiteral("hello@skylight-demo.example"),
            QStringLiteral("+971501234000"), stamp, stamp });
    db.exec(
        QStringLiteral(
            "INSERT INTO subscriptions(account_id, plan_code, plan_name, price, currency, interval,"
            " status, current_period_end, limit_contacts, limit_team_members,"
            " limit_monthly_messages, limit_channels, created_at, updated_at)"
            " VALUES (1, 'pro', 'Pro', 49.0, 'USD', 'month', 'active', ?, 10000, 10, 50000, 5, ?, "
            "?)"),
        { Clock::stamp(now.addDays(30)), stamp, stamp });
    struct ChannelRow
    {
        const char *channel;
        const char *status;
        const char *identifier;
    };
    const ChannelRow channels[] = {
        { "whatsapp", "connected", "+971501234000" },
        { "instagram", "connected", "@skylightclinic" },
        { "messenger", "connected", "SkyLight Demo Clinic" },
        { "telegram", "disconnected", nullptr },
        { "sms", "connected", "+971501234001" },
        { "email", "connected", "hello@skylight-demo.example" },
        { "webchat", "error", "skylight-demo.example" },
    };
    for (const ChannelRow &row : channels) {
        const bool connected = QLatin1String(row.status) == QLatin1String("connected");
        db.exec(QStringLiteral("INSERT INTO channels(channel, status, identifier, connected_at) "
                               "VALUES (?, ?, ?, ?)"),
            { QString::fromLatin1(row.channel), QString::fromLatin1(row.status),
                row.identifier ? QVariant(QString::fromLatin1(row.identifier)) : QVariant(),
                connected ? QVariant(Clock::stamp(now.addDays(-90))) : QVariant() });
    }
    db.exec(
        QStringLiteral(
            "INSERT INTO team_members(id, name, email, role, is_active, last_seen_at, created_at,"
            " updated_at) VALUES (1, 'Mona Saeed', 'mona@skylight-demo.example', 'admin', 1, ?, ?, "
            "?)"),
        { stamp, stamp, stamp });
    context.keys.ensureDemoKey();
}

} // namespace Sandbox
