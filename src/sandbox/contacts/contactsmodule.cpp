// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodule.h"

#include "contactnotes.h"
#include "contactrecords.h"
#include "contactsearch.h"

#include "../core/clock.h"
#include "../core/database.h"
#include "../core/envelope.h"
#include "../core/eventbus.h"
#include "../core/pagination.h"
#include "../core/router.h"
#include "../core/servicecontext.h"
#include "../core/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Sandbox {

namespace {

const QString contactsPath = QStringLiteral("/api/v1/contacts");

QString toJsonText(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

Response listContacts(ServiceContext &ctx, CountCache &counts, const Request &request)
{
    QStringList where;
    QVariantList binds;
    Validator v({});
    const QString search = request.queryValue(QStringLiteral("search")).trimmed();
    std::optional<ContactSearch> contactSearch;
    if (!search.isEmpty())
        contactSearch.emplace(ctx.database, search, &counts);
    const QString tag = request.queryValue(QStringLiteral("tag"));
    if (!tag.isEmpty()) {
        where.append(QStringLiteral("c.id IN (SELECT contact_id FROM contact_tags WHERE tag = ?)"));
        binds.append(tag);
    }
    const QString channel = request.queryValue(QStringLiteral("channel"));
    if (!channel.isEmpty()) {
        if (!ContactRecords::channels().contains(channel))
            v.addError(
                QStringLiteral("channel"), QStringLiteral("The selected channel is invalid."));
        where.append(QStringLiteral("c.channel = ?"));
        binds.append(channel);
    }
    const QString blacklisted = request.queryValue(QStringLiteral("is_blacklisted")).toLower();
    if (!blacklisted.isEmpty()) {
        const bool yes
            = blacklisted == QStringLiteral("true") || blacklisted == QStringLiteral("1");
        const bool no
            = blacklisted == QStringLiteral("false") || blacklisted == QStringLiteral("0");
        if (!yes && !no)
            v.addError(QStringLiteral("is_blacklisted"),
                QStringLiteral("The is blacklisted field must be true or false."));
        where.append(QStringLiteral("c.is_blacklisted = ?"));
        binds.append(yes ? 1 : 0);
    }
    const QString sort = request.queryValue(QStringLiteral("sort"));
    QString order = QStringLiteral("c.created_at DESC, c.id DESC");
    if (sort == QStringLiteral("name"))
        order = QStringLiteral("c.name COLLATE NOCASE ASC, c.id ASC");
    else if (sort == QStringLiteral("-name"))
        order = QStringLiteral("c.name COLLATE NOCASE DESC, c.id DESC");
    else if (sort == QStringLiteral("created_at"))
        order = QStringLiteral("c.created_at ASC, c.id ASC");
    else if (sort == QStringLiteral("-last_message_at"))
        order = QStringLiteral("c.last_message_at DESC NULLS LAST, c.id DESC");
    else if (sort == QStringLiteral("last_message_at"))
        order = QStringLiteral("c.last_message_at ASC NULLS LAST, c.id ASC");
    else if (!sort.isEmpty() && sort != QStringLiteral("-created_at"))
        v.addError(QStringLiteral("sort"), QStringLiteral("The selected sort is invalid."));
    if (v.hasErrors())
        return v.response();

    auto whereSql = [](const QStringList &clauses) {
        return clauses.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    };
    const Pagination page = Pagination::fromQuery(request.query);
    QStringList countWhere = where;
    QVariantList countBinds = binds;
    if (contactSearch)
        countWhere.append(contactSearch->countClause(&countBinds));
    const QString countSql
        = QStringLiteral("SELECT COUNT(*) FROM contacts c") + whereSql(countWhere);
    QString countKey = countSql;
    for (const QVariant &value : std::as_const(countBinds))
        countKey += QLatin1Char('\x1f') + value.toString();
    const std::optional<qint64> knownTotal = counts.find(ctx.database, countKey);
    const qint64 total
        = knownTotal ? *knownTotal : ctx.database.scalar(countSql, countBinds).toLongLong();
    if (!knownTotal)
        counts.store(countKey, total);
    QJsonArray data;
    if (total > page.offset()) {
        QStringList pageWhere = where;
        QVariantList pageBinds = binds;
        if (contactSearch) {
            pageWhere.append(contactSearch->pageClause(total, &pageBinds));
            if (ContactSearch::sortMatches(total))
                order = ContactSearch::withoutIndexOrder(order);
        }
        pageBinds << page.perPage << page.offset();
        QSqlQuery query = ctx.database.exec(
            QStringLiteral("SELECT %1 FROM contacts c%2 ORDER BY %3 LIMIT ? OFFSET ?")
                .arg(QLatin1String(ContactRecords::columns), whereSql(pageWhere), order),
            pageBinds);
        while (query.next())
            data.append(ContactRecords::fromRow(query));
    }
    return Envelope::list(data, page.meta(total));
}

// Validates the writable fields; `creating` makes name required.
void validateContact(Validator &v, bool creating)
{
    const std::optional<QString> name = v.string(QStringLiteral("name"), creating);
    if (!creating && (v.isNull(QStringLiteral("name")) || (name && name->trimmed().isEmpty())))
        v.addError(QStringLiteral("name"), QStringLiteral("The name field is required."));
    v.e164(QStringLiteral("phone"));
    v.email(QStringLiteral("email"));
    v.oneOf(QStringLiteral("channel"), ContactRecords::channels());
    v.stringArray(QStringLiteral("tags"));
    v.object(QStringLiteral("custom_fields"));
}

Response createContact(ServiceContext &ctx, const Request &request)
{
    const QJsonObject body = request.object();
    Validator v(body);
    validateContact(v, true);
    if (!v.has(QStringLiteral("phone")) && !v.has(QStringLiteral("email"))) {
        v.addError(QStringLiteral("phone"),
            QStringLiteral("The phone field is required when email is not present."));
        v.addError(QStringLiteral("email"),
            QStringLiteral("The email field is required when phone is not present."));
    }
    if (v.hasErrors())
        return v.response();
    const QString stamp = ctx.clock.nowStamp();
    auto text = [&body](const char *key) {
        const QJsonValue value = body.value(QLatin1String(key));
        return value.isString() ? QVariant(value.toString()) : QVariant();
    };
    QStringList tags;
    for (const QJsonValue &tag : body.value(QStringLiteral("tags")).toArray())
        tags.append(tag.toString());
    tags.removeDuplicates();
    const qint64 id
        = ctx.database.insert(QStringLiteral("INSERT INTO contacts(name, phone, email, channel, "
                                             "tags, custom_fields, created_at, updated_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { body.value(QStringLiteral("name")).toString().trimmed(), text("phone"), text("email"),
                body.value(QStringLiteral("channel")).toString(QStringLiteral("whatsapp")),
                toJsonText(QJsonArray::fromStringList(tags)),
                toJsonText(body.value(QStringLiteral("custom_fields")).toObject()), stamp, stamp });
    const QJsonObject contact = *ContactRecords::find(ctx.database, id);
    Q_EMIT ctx.events.publish(QStringLiteral("contact.created"), contact);
    return Envelope::created(contact, QStringLiteral("Contact created successfully."));
}

Response updateContact(ServiceContext &ctx, const Request &request)
{
    const std::optional<QJsonObject> current = ContactRecords::find(ctx.database, request.idArg());
    if (!current)
        return Envelope::notFound(QStringLiteral("Contact"));
    const QJsonObject body = request.object();
    Validator v(body);
    validateContact(v, false);
    // After the update the contact must still be reachable by phone or email.
    auto remains = [&](const QString &field) {
        return body.contains(field) ? v.has(field) : !current->value(field).isNull();
    };
    if (!v.hasErrors() && !remains(QStringLiteral("phone")) && !remains(QStringLiteral("email")))
        v.addError(body.contains(QStringLiteral("phone")) ? QStringLiteral("phone")
                                                          : QStringLiteral("email"),
            QStringLiteral("A contact needs a phone or an email."));
    if (v.hasErrors())
        return v.response();

    const qint64 id = current->value(QStringLiteral("id")).toInteger();
    Database &db = ctx.database;
    if (body.contains(QStringLiteral("name")))
        db.exec(QStringLiteral("UPDATE contacts SET name = ? WHERE id = ?"),
            { body.value(QStringLiteral("name")).toString().trimmed(), id });
    for (const QString &field : { QStringLiteral("phone"), QStringLiteral("email") }) {
        if (body.contains(field))
            db.exec(QStringLiteral("UPDATE contacts SET %1 = ? WHERE id = ?").arg(field),
                { v.has(field) ? QVariant(body.value(field).toString()) : QVariant(), id });
    }
    if (v.has(QStringLiteral("channel")))
        db.exec(QStringLiteral("UPDATE contacts SET channel = ? WHERE id = ?"),
            { body.value(QStringLiteral("channel")).toString(), id });
    if (body.contains(QStringLiteral("tags"))) {
        QStringList tags;
        for (const QJsonValue &tag : body.value(QStringLiteral("tags")).toArray())
            tags.append(tag.toString());
        tags.removeDuplicates();
        db.exec(QStringLiteral("UPDATE contacts SET tags = ? WHERE id = ?"),
            { toJsonText(QJsonArray::fromStringList(tags)), id });
    }
    if (body.contains(QStringLiteral("custom_fields")))
        db.exec(QStringLiteral("UPDATE contacts SET custom_fields = ? WHERE id = ?"),
            { toJsonText(body.value(QStringLiteral("custom_fields")).toObject()), id });
    db.exec(QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ?"),
        { ctx.clock.nowStamp(), id });
    const QJsonObject contact = *ContactRecords::find(db, id);
    Q_EMIT ctx.events.publish(QStringLiteral("contact.updated"), contact);
    return Envelope::success(contact, QStringLiteral("Contact updated successfully."));
}

Response deleteContact(ServiceContext &ctx, const Request &request)
{
    const std::optional<QJsonObject> contact = ContactRecords::find(ctx.database, request.idArg());
    if (!contact)
        return Envelope::notFound(QStringLiteral("Contact"));
    ctx.database.exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"),
        { contact->value(QStringLiteral("id")).toInteger() });
    Q_EMIT ctx.events.publish(QStringLiteral("contact.deleted"), *contact);
    return Envelope::success(
        QJsonObject { { QStringLiteral("id"), contact->value(QStringLiteral("id")) } },
        QStringLiteral("Contact deleted."));
}

Response toggleBlacklist(ServiceContext &ctx, const Request &request)
{
    const qint64 id = request.idArg();
    if (!ContactRecords::exists(ctx.database, id))
        return Envelope::notFound(QStringLiteral("Contact"));
    ctx.database.exec(
        QStringLiteral("UPDATE contacts SET is_blacklisted = 1 - is_blacklisted, updated_at = ?"
                       " WHERE id = ?"),
        { ctx.clock.nowStamp(), id });
    const QJsonObject contact = *ContactRecords::find(ctx.database, id);
    Q_EMIT ctx.events.publish(QStringLiteral("contact.updated"), contact);
    const bool blacklisted = contact.value(QStringLiteral("is_blacklisted")).toBool();
    return Envelope::success(QJsonObject { { QStringLiteral("id"), id },
                                 { QStringLiteral("is_blacklisted"), blacklisted } },
        blacklisted ? QStringLiteral("Contact blacklisted.")
                    : QStringLiteral("Contact removed from the blacklist."));
}

} // namespace

void ContactsModule::registerRoutes(Router &router, ServiceContext &context)
{
    ServiceContext *ctx = &context;
    CountCache *counts = &m_counts;
    router.get(
        contactsPath, [ctx, counts](const Request &r) { return listContacts(*ctx, *counts, r); });
    router.post(contactsPath, [ctx](const Request &r) { return createContact(*ctx, r); });
    router.get(contactsPath + QStringLiteral("/{id}"), [ctx](const Request &r) {
        const std::optional<QJsonObject> contact = ContactRecords::find(ctx->database, r.idArg());
        return contact ? Envelope::success(*contact)
                       : Envelope::notFound(QStringLiteral("Contact"));
    });
    router.put(contactsPath + QStringLiteral("/{id}"),
        [ctx](const Request &r) { return updateContact(*ctx, r); });
    router.del(contactsPath + QStringLiteral("/{id}"),
        [ctx](const Request &r) { return deleteContact(*ctx, r); });
    router.post(contactsPath + QStringLiteral("/{id}/blacklist"),
        [ctx](const Request &r) { return toggleBlacklist(*ctx, r); });
    router.get(contactsPath + QStringLiteral("/{id}/notes"),
        [ctx](const Request &r) { return ContactNotes::list(*ctx, r); });
    router.post(contactsPath + QStringLiteral("/{id}/notes"),
        [ctx](const Request &r) { return ContactNotes::add(*ctx, r); });
}

} // namespace Sandbox
