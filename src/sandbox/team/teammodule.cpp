// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammodule.h"

#include "../core/clock.h"
#include "../core/database.h"
#include "../core/envelope.h"
#include "../core/pagination.h"
#include "../core/router.h"
#include "../core/servicecontext.h"
#include "../core/validator.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Sandbox {

namespace {

const QStringList roles
    = { QStringLiteral("admin"), QStringLiteral("agent"), QStringLiteral("receptionist") };
const QString memberSelect = QStringLiteral(
    "SELECT id, name, email, role, is_active, last_seen_at, created_at FROM team_members");

QJsonObject memberFromRow(const QSqlQuery &q)
{
    return { { QStringLiteral("id"), q.value(0).toLongLong() },
        { QStringLiteral("name"), q.value(1).toString() },
        { QStringLiteral("email"), q.value(2).toString() },
        { QStringLiteral("role"), q.value(3).toString() },
        { QStringLiteral("is_active"), q.value(4).toBool() },
        { QStringLiteral("last_seen_at"),
            q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toString()) },
        { QStringLiteral("created_at"), q.value(6).toString() } };
}

std::optional<QJsonObject> findMember(const Database &db, qint64 id)
{
    if (id <= 0)
        return std::nullopt;
    QSqlQuery q = db.exec(memberSelect + QStringLiteral(" WHERE id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return memberFromRow(q);
}

bool emailTaken(const Database &db, const QString &email, qint64 exceptId)
{
    return db
        .scalar(
            QStringLiteral("SELECT 1 FROM team_members WHERE email = ? COLLATE NOCASE AND id <> ?"),
            { email, exceptId })
        .isValid();
}

// True when `id` is an active admin and no other active admin exists.
bool isLastActiveAdmin(const Database &db, const QJsonObject &member)
{
    if (member.value(QStringLiteral("role")).toString() != QStringLiteral("admin")
        || !member.value(QStringLiteral("is_active")).toBool())
        return false;
    return db.scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM team_members WHERE role = 'admin' AND is_active = 1"
                         " AND id <> ?"),
                 { member.value(QStringLiteral("id")).toInteger() })
               .toLongLong()
        == 0;
}

Response listMembers(ServiceContext &ctx, const Request &request)
{
    const Pagination page = Pagination::fromQuery(request.query);
    const qint64 total
        = ctx.database.scalar(QStringLiteral("SELECT COUNT(*) FROM team_members")).toLongLong();
    QSqlQuery q = ctx.database.exec(memberSelect + QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"),
        { page.perPage, page.offset() });
    QJsonArray data;
    while (q.next())
        data.append(memberFromRow(q));
    return Envelope::list(data, page.meta(total));
}

Response createMember(ServiceContext &ctx, const Request &request)
{
    Validator v(request.object());
    const auto name = v.string(QStringLiteral("name"), true);
    const auto email = v.email(QStringLiteral("email"), true);
    const auto role = v.oneOf(QStringLiteral("role"), roles, true);
    const auto active = v.boolean(QStringLiteral("is_active"));
    if (email && emailTaken(ctx.database, *email, 0))
        v.addError(QStringLiteral("email"), QStringLiteral("The email has already been taken."));
    if (v.hasErrors())
        return v.response();
    const QString stamp = ctx.clock.nowStamp();
    const qint64 id = ctx.database.insert(
        QStringLiteral(
            "INSERT INTO team_members(name, email, role, is_active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"),
        { name->trimmed(), *email, *role, active.value_or(true) ? 1 : 0, stamp, stamp });
    return Envelope::created(*findMember(ctx.database, id), QStringLiteral("Team member created."));
}

Response updateMember(ServiceContext &ctx, const Request &request)
{
    const std::optional<QJsonObject> member = findMember(ctx.database, request.idArg());
    if (!member)
        return Envelope::notFound(QStringLiteral("Team member"));
    const qint64 id = member->value(QStringLiteral("id")).toInteger();
    Validator v(request.object());
    const auto name = v.string(QStringLiteral("name"));
    if (v.isNull(QStringLiteral("name")) || (name && name->trimmed().isEmpty()))
        v.addError(QStringLiteral("name"), QStringLiteral("The name field is required."));
    const auto email = v.email(QStringLiteral("email"));
    const auto role = v.oneOf(QStringLiteral("role"), roles);
    const auto active = v.boolean(QStringLiteral("is_active"));
    if (email && emailTaken(ctx.database, *email, id))
        v.addError(QStringLiteral("email"), QStringLiteral("The email has already been taken."));
    if (isLastActiveAdmin(ctx.database, *member)) {
        if (role && *role != QStringLiteral("admin"))
            v.addError(
                QStringLiteral("role"), QStringLiteral("The last active admin cannot be demoted."));
        if (active && !*active)
            v.addError(QStringLiteral("is_active"),
                QStringLiteral("The last active admin cannot be deactivated."));
    }
    if (v.hasErrors())
        return v.response();
    Database &db = ctx.database;
    if (name)
        db.exec(QStringLiteral("UPDATE team_members SET name = ? WHERE id = ?"),
            { name->trimmed(), id });
    if (email)
        db.exec(QStringLiteral("UPDATE team_members SET email = ? WHERE id = ?"), { *email, id });
    if (role)
        db.exec(QStringLiteral("UPDATE team_members SET role = ? WHERE id = ?"), { *role, id });
    if (active)
        db.exec(QStringLiteral("UPDATE team_members SET is_active = ? WHERE id = ?"),
            { *active ? 1 : 0, id });
    db.exec(QStringLiteral("UPDATE team_members SET updated_at = ? WHERE id = ?"),
        { ctx.clock.nowStamp(), id });
    return Envelope::success(*findMember(db, id), QStringLiteral("Team member updated."));
}

Response deleteMember(ServiceContext &ctx, const Request &request)
{
    const std::optional<QJsonObject> member = findMember(ctx.database, request.idArg());
    if (!member)
        return Envelope::notFound(QStringLiteral("Team member"));
    if (isLastActiveAdmin(ctx.database, *member))
        return Envelope::validation(
            QStringLiteral("role"), QStringLiteral("The last active admin cannot be deleted."));
    ctx.database.exec(QStringLiteral("DELETE FROM team_members WHERE id = ?"),
        { member->value(QStringLiteral("id")).toInteger() });
    return Envelope::success(
        QJsonObject { { QStringLiteral("id"), member->value(QStringLiteral("id")) } },
        QStringLiteral("Team member deleted."));
}

} // namespace

void TeamModule::registerRoutes(Router &router, ServiceContext &context)
{
    ServiceContext *ctx = &context;
    const QString base = QStringLiteral("/api/v1/team");
    router.get(base, [ctx](const Request &r) { return listMembers(*ctx, r); });
    router.post(base, [ctx](const Request &r) { return createMember(*ctx, r); });
    router.get(base + QStringLiteral("/{id}"), [ctx](const Request &r) {
        const std::optional<QJsonObject> member = findMember(ctx->database, r.idArg());
        return member ? Envelope::success(*member)
                      : Envelope::notFound(QStringLiteral("Team member"));
    });
    router.put(
        base + QStringLiteral("/{id}"), [ctx](const Request &r) { return updateMember(*ctx, r); });
    router.del(
        base + QStringLiteral("/{id}"), [ctx](const Request &r) { return deleteMember(*ctx, r); });
}

} // namespace Sandbox
