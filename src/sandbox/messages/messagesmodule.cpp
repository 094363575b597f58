// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesmodule.h"

#include "messagerecords.h"

#include "../contacts/contactrecords.h"
#include "../contacts/contactsearch.h"
#include "../core/clock.h"
#include "../core/database.h"
#include "../core/envelope.h"
#include "../core/eventbus.h"
#include "../core/pagination.h"
#include "../core/router.h"
#include "../core/servicecontext.h"
#include "../core/validator.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Sandbox {

namespace {

const QStringList messageTypes = { QStringLiteral("text"), QStringLiteral("image"),
    QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("document"),
    QStringLiteral("location"), QStringLiteral("template") };
const QStringList mediaTypes = { QStringLiteral("image"), QStringLiteral("video"),
    QStringLiteral("audio"), QStringLiteral("document") };

QJsonValue nullableString(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

Response listConversations(ServiceContext &ctx, const Request &request)
{
    QStringList where;
    QVariantList binds;
    Validator v({});
    const QString channel = request.queryValue(QStringLiteral("channel"));
    if (!channel.isEmpty()) {
        if (!ContactRecords::channels().contains(channel))
            v.addError(
                QStringLiteral("channel"), QStringLiteral("The selected channel is invalid."));
        where.append(QStringLiteral("cv.channel = ?"));
        binds.append(channel);
    }
    const QString unread = request.queryValue(QStringLiteral("unread")).toLower();
    if (unread == QStringLiteral("true") || unread == QStringLiteral("1"))
        where.append(QStringLiteral("cv.unread_count > 0"));
    else if (unread == QStringLiteral("false") || unread == QStringLiteral("0"))
        where.append(QStringLiteral("cv.unread_count = 0"));
    else if (!unread.isEmpty())
        v.addError(
            QStringLiteral("unread"), QStringLiteral("The unread field must be true or false."));
    const QString search = request.queryValue(QStringLiteral("search")).trimmed();
    if (!search.isEmpty())
        where.append(ContactSearch(ctx.database, search).countClause(&binds));
    if (v.hasErrors())
        return v.response();

    const QString from
        = QStringLiteral(" FROM conversations cv JOIN contacts c ON c.id = cv.contact_id"
                         " LEFT JOIN messages m ON m.id = cv.last_message_id");
    const QString whereSql = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const Pagination page = Pagination::fromQuery(request.query);
    const qint64 total
        = ctx.database.scalar(QStringLiteral("SELECT COUNT(*)") + from + whereSql, binds)
              .toLongLong();
    QVariantList pageBinds = binds;
    pageBinds << page.perPage << page.offset();
    QSqlQuery q
        = ctx.database.exec(QStringLiteral("SELECT cv.id, c.id, c.name, c.phone, c.avatar_url, "
                                           "cv.channel, m.id, m.content, m.direction,"
                                           " m.type, m.created_at, cv.unread_count, cv.updated_at")
                + from + whereSql
                + QStringLiteral(" ORDER BY cv.updated_at DESC, cv.id DESC LIMIT ? OFFSET ?"),
            pageBinds);
    QJsonArray data;
    while (q.next()) {
        QJsonValue last;
        if (!q.value(6).isNull()) {
            last = QJsonObject { { QStringLiteral("id"), q.value(6).toLongLong() },
                { QStringLiteral("content"), nullableString(q.value(7)) },
                { QStringLiteral("direction"), q.value(8).toString() },
                { QStringLiteral("type"), q.value(9).toString() },
                { QStringLiteral("created_at"), q.value(10).toString() } };
        }
        data.append(QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
            { QStringLiteral("contact"),
                QJsonObject { { QStringLiteral("id"), q.value(1).toLongLong() },
                    { QStringLiteral("name"), q.value(2).toString() },
                    { QStringLiteral("phone"), nullableString(q.value(3)) },
                    { QStringLiteral("avatar_url"), nullableString(q.value(4)) } } },
            { QStringLiteral("channel"), q.value(5).toString() },
            { QStringLiteral("last_message"), last },
            { QStringLiteral("unread_count"), q.value(11).toInt() },
            { QStringLiteral("updated_at"), q.value(12).toString() } });
    }
    return Envelope::list(data, page.meta(total));
}

Response listContactMessages(ServiceContext &ctx, const Request &request)
{
    const qint64 contactId = request.idArg();
    if (!ContactRecords::exists(ctx.database, contactId))
        return Envelope::notFound(QStringLiteral("Contact"));
    const Pagination page = Pagination::fromQuery(request.query);
    const qint64 total
        = ctx.database
              .scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE contact_id = ?"),
                  { contactId })
              .toLongLong();
    QSqlQuery q = ctx.database.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE m.contact_id = ?"
                       " ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?")
            .arg(QLatin1String(MessageRecords::columns), QLatin1String(MessageRecords::from)),
        { contactId, page.perPage, page.offset() });
    QJsonArray data;
    while (q.next())
        data.append(MessageRecords::fromRow(q));
    // Reading the thread is what an agent does when they open it: it is now read.
    ctx.database.exec(
        QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE contact_id = ?"),
        { contactId });
    return Envelope::list(data, page.meta(total));
}

Response sendMessage(ServiceContext &ctx, const Request &request)
{
    Validator v(request.object());
    const std::optional<qint64> contactId = v.integer(QStringLiteral("contact_id"), true);
    std::optional<QJsonObject> contact;
    if (contactId) {
        contact = ContactRecords::find(ctx.database, *contactId);
        if (!contact)
            v.addError(QStringLiteral("contact_id"),
                QStringLiteral("The selected contact id is invalid."));
    }
    const std::optional<QString> channelField
        = v.oneOf(QStringLiteral("channel"), ContactRecords::channels());
    const QString type
        = v.oneOf(QStringLiteral("type"), messageTypes).value_or(QStringLiteral("text"));
    const bool media = mediaTypes.contains(type);
    const std::optional<QString> content = v.string(QStringLiteral("content"), !media, 4096);
    const std::optional<QString> mediaUrl = v.string(QStringLiteral("media_url"), media, 2048);
    if (v.hasErrors())
        return v.response();

    if (contact->value(QStringLiteral("is_blacklisted")).toBool())
        v.addError(QStringLiteral("contact_id"), QStringLiteral("The contact is blacklisted."));
    const QString channel
        = channelField.value_or(contact->value(QStringLiteral("channel")).toString());
    const QVariant status = ctx.database.scalar(
        QStringLiteral("SELECT status FROM channels WHERE channel = ?"), { channel });
    if (status.toString() != QStringLiteral("connected"))
        v.addError(QStringLiteral("channel"),
            QStringLiteral("The %1 channel is not connected.").arg(channel));
    if (v.hasErrors())
        return v.response();

    const qint64 id = ctx.database.insert(
        QStringLiteral(
            "INSERT INTO messages(contact_id, channel, direction, type, content, media_url, status,"
            " created_at) VALUES (?, ?, 'outbound', ?, ?, ?, 'sent', ?)"),
        { *contactId, channel, type, content ? QVariant(*content) : QVariant(),
            mediaUrl ? QVariant(*mediaUrl) : QVariant(), ctx.clock.nowStamp() });
    const QJsonObject message = *MessageRecords::find(ctx.database, id);
    Q_EMIT ctx.events.publish(QStringLiteral("message.sent"), message);
    return Envelope::created(message, QStringLiteral("Message sent."));
}

} // namespace

void MessagesModule::registerRoutes(Router &router, ServiceContext &context)
{
    ServiceContext *ctx = &context;
    router.get(QStringLiteral("/api/v1/conversations"),
        [ctx](const Request &r) { return listConversations(*ctx, r); });
    router.get(QStringLiteral("/api/v1/contacts/{id}/messages"),
        [ctx](const Request &r) { return listContactMessages(*ctx, r); });
    router.post(QStringLiteral("/api/v1/messages/send"),
        [ctx](const Request &r) { return sendMessage(*ctx, r); });
}

} // namespace Sandbox
