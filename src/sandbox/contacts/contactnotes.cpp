// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactnotes.h"

#include "contactrecords.h"

#include "../core/clock.h"
#include "../core/database.h"
#include "../core/envelope.h"
#include "../core/pagination.h"
#include "../core/servicecontext.h"
#include "../core/validator.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Sandbox::ContactNotes {

namespace {

const QString noteSelect
    = QStringLiteral("SELECT n.id, n.contact_id, n.content, n.author_id, t.name, n.created_at"
                     " FROM notes n LEFT JOIN team_members t ON t.id = n.author_id");

QJsonObject noteFromRow(const QSqlQuery &q)
{
    QJsonValue author;
    if (!q.value(3).isNull())
        author = QJsonObject { { QStringLiteral("id"), q.value(3).toLongLong() },
            { QStringLiteral("name"), q.value(4).toString() } };
    return { { QStringLiteral("id"), q.value(0).toLongLong() },
        { QStringLiteral("contact_id"), q.value(1).toLongLong() },
        { QStringLiteral("content"), q.value(2).toString() }, { QStringLiteral("author"), author },
        { QStringLiteral("created_at"), q.value(5).toString() } };
}

} // namespace

Response list(ServiceContext &ctx, const Request &request)
{
    const qint64 contactId = request.idArg();
    if (!ContactRecords::exists(ctx.database, contactId))
        return Envelope::notFound(QStringLiteral("Contact"));
    const Pagination page = Pagination::fromQuery(request.query);
    const qint64 total
        = ctx.database
              .scalar(
                  QStringLiteral("SELECT COUNT(*) FROM notes WHERE contact_id = ?"), { contactId })
              .toLongLong();
    QSqlQuery q = ctx.database.exec(noteSelect
            + QStringLiteral(" WHERE n.contact_id = ?"
                             " ORDER BY n.created_at DESC, n.id DESC LIMIT ? OFFSET ?"),
        { contactId, page.perPage, page.offset() });
    QJsonArray data;
    while (q.next())
        data.append(noteFromRow(q));
    return Envelope::list(data, page.meta(total));
}

Response add(ServiceContext &ctx, const Request &request)
{
    const qint64 contactId = request.idArg();
    if (!ContactRecords::exists(ctx.database, contactId))
        return Envelope::notFound(QStringLiteral("Contact"));
    Validator v(request.object());
    const std::optional<QString> content = v.string(QStringLiteral("content"), true, 5000);
    const std::optional<qint64> authorId = v.integer(QStringLiteral("author_id"));
    if (authorId
        && !ctx.database
                .scalar(QStringLiteral("SELECT 1 FROM team_members WHERE id = ?"), { *authorId })
                .isValid())
        v.addError(
            QStringLiteral("author_id"), QStringLiteral("The selected author id is invalid."));
    if (v.hasErrors())
        return v.response();
    const qint64 id = ctx.database.insert(
        QStringLiteral(
            "INSERT INTO notes(contact_id, content, author_id, created_at) VALUES (?, ?, ?, ?)"),
        { contactId, *content, authorId ? QVariant(*authorId) : QVariant(), ctx.clock.nowStamp() });
    QSqlQuery q = ctx.database.exec(noteSelect + QStringLiteral(" WHERE n.id = ?"), { id });
    q.next();
    return Envelope::created(noteFromRow(q), QStringLiteral("Note added."));
}

} // namespace Sandbox::ContactNotes
