// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountmodule.h"

#include "../core/clock.h"
#include "../core/database.h"
#include "../core/envelope.h"
#include "../core/router.h"
#include "../core/servicecontext.h"
#include "../core/validator.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

namespace Sandbox {

namespace {

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonObject accountJson(const Database &db)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT id, business_name, email, phone, timezone, locale, logo_url,"
                       " created_at FROM accounts WHERE id = 1"));
    if (!q.next())
        throw SqlError("the account row is missing");
    return { { QStringLiteral("id"), q.value(0).toLongLong() },
        { QStringLiteral("business_name"), q.value(1).toString() },
        { QStringLiteral("email"), q.value(2).toString() },
        { QStringLiteral("phone"), nullable(q.value(3)) },
        { QStringLiteral("timezone"), q.value(4).toString() },
        { QStringLiteral("locale"), q.value(5).toString() },
        { QStringLiteral("logo_url"), nullable(q.value(6)) },
        { QStringLiteral("created_at"), q.value(7).toString() } };
}

Response patchAccount(ServiceContext &ctx, const Request &request)
{
    Validator v(request.object());
    const auto name = v.string(QStringLiteral("business_name"));
    if (v.isNull(QStringLiteral("business_name")))
        v.addError(QStringLiteral("business_name"),
            QStringLiteral("The business name field is required."));
    else if (name && name->trimmed().isEmpty())
        v.addError(QStringLiteral("business_name"),
            QStringLiteral("The business name field is required."));
    const auto phone = v.e164(QStringLiteral("phone"));
    const auto timezone = v.string(QStringLiteral("timezone"), false, 64);
    if (timezone && !QTimeZone(timezone->toUtf8()).isValid())
        v.addError(QStringLiteral("timezone"),
            QStringLiteral("The timezone must be a valid IANA time zone."));
    if (v.isNull(QStringLiteral("timezone")))
        v.addError(QStringLiteral("timezone"),
            QStringLiteral("The timezone must be a valid IANA time zone."));
    const auto locale
        = v.oneOf(QStringLiteral("locale"), { QStringLiteral("en"), QStringLiteral("ar") });
    if (v.hasErrors())
        return v.response();

    const QString stamp = ctx.clock.nowStamp();
    if (name)
        ctx.database.exec(QStringLiteral("UPDATE accounts SET business_name = ? WHERE id = 1"),
            { name->trimmed() });
    if (phone || v.isNull(QStringLiteral("phone")))
        ctx.database.exec(QStringLiteral("UPDATE accounts SET phone = ? WHERE id = 1"),
            { phone ? QVariant(*phone) : QVariant() });
    if (timezone)
        ctx.database.exec(
            QStringLiteral("UPDATE accounts SET timezone = ? WHERE id = 1"), { *timezone });
    if (locale)
        ctx.database.exec(
            QStringLiteral("UPDATE accounts SET locale = ? WHERE id = 1"), { *locale });
    ctx.database.exec(QStringLiteral("UPDATE accounts SET updated_at = ? WHERE id = 1"), { stamp });
    return Envelope::success(accountJson(ctx.database), QStringLiteral("Account updated."));
}

QJsonObject subscriptionJson(const ServiceContext &ctx)
{
    const Database &db = ctx.database;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT plan_code, plan_name, price, currency, interval, status, current_period_end, "
        "limit_contacts,"
        " limit_team_members, limit_monthly_messages, limit_channels FROM subscriptions"
        " WHERE account_id = 1 ORDER BY id DESC LIMIT 1"));
    if (!q.next())
        throw SqlError("the subscription row is missing");
    const QDateTime now = ctx.clock.now();
    const QDateTime monthStart(
        QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC);
    const QJsonObject usage {
        { QStringLiteral("contacts"),
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toLongLong() },
        { QStringLiteral("team_members"),
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM team_members WHERE is_active = 1"))
                .toLongLong() },
        { QStringLiteral("monthly_messages"),
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'outbound' "
                                     "AND created_at >= ?"),
                  { Clock::stamp(monthStart) })
                .toLongLong() },
        { QStringLiteral("channels"),
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM channels WHERE status = 'connected'"))
                .toLongLong() }
    };
    return { { QStringLiteral("plan"),
                 QJsonObject { { QStringLiteral("code"), q.value(0).toString() },
                     { QStringLiteral("name"), q.value(1).toString() },
                     { QStringLiteral("price"), q.value(2).toDouble() },
                     { QStringLiteral("currency"), q.value(3).toString() },
                     { QStringLiteral("interval"), q.value(4).toString() } } },
        { QStringLiteral("status"), q.value(5).toString() },
        { QStringLiteral("current_period_end"), q.value(6).toString() },
        { QStringLiteral("limits"),
            QJsonObject { { QStringLiteral("contacts"), q.value(7).toLongLong() },
                { QStringLiteral("team_members"), q.value(8).toLongLong() },
                { QStringLiteral("monthly_messages"), q.value(9).toLongLong() },
                { QStringLiteral("channels"), q.value(10).toLongLong() } } },
        { QStringLiteral("usage"), usage } };
}

QJsonArray channelsJson(const Database &db)
{
    QJsonArray channels;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT channel, status, identifier, connected_at FROM channels ORDER BY id"));
    while (q.next()) {
        channels.append(QJsonObject { { QStringLiteral("channel"), q.value(0).toString() },
            { QStringLiteral("status"), q.value(1).toString() },
            { QStringLiteral("identifier"), nullable(q.value(2)) },
            { QStringLiteral("connected_at"), nullable(q.value(3)) } });
    }
    return channels;
}

} // namespace

void AccountModule::registerRoutes(Router &router, ServiceContext &context)
{
    ServiceContext *ctx = &context;
    router.get(QStringLiteral("/api/v1/account"),
        [ctx](const Request &) { return Envelope::success(accountJson(ctx->database)); });
    router.patch(QStringLiteral("/api/v1/account"),
        [ctx](const Request &request) { return patchAccount(*ctx, request); });
    router.get(QStringLiteral("/api/v1/account/subscription"),
        [ctx](const Request &) { return Envelope::success(subscriptionJson(*ctx)); });
    router.get(QStringLiteral("/api/v1/account/channels"),
        [ctx](const Request &) { return Envelope::success(channelsJson(ctx->database)); });
}

} // namespace Sandbox
