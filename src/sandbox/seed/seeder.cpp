// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The first seeder, written with the core: it creates the seed documents' own objects
// (contact 42 Sarah Johnson, booking type 3, resource 1, booking 101) and a small team and
// inbox. The full demo and large data sets belong to the sandbox-domain part.
#include "seeder.h"

#include "../core/clock.h"
#include "../core/database.h"
#include "../core/servicecontext.h"

namespace Sandbox::Seed {

namespace {

void seedDocumentedObjects(ServiceContext &context)
{
    Database &db = context.database;
    const QDateTime now = context.clock.now();
    const QString stamp = Clock::stamp(now);
    db.exec(QStringLiteral("INSERT INTO team_members(id, name, email, role, is_active, created_at, updated_at)"
                           " VALUES (2, 'Omar Khalil', 'omar@skylight-demo.example', 'agent', 1, ?, ?),"
                           " (3, 'Lina Haddad', 'lina@skylight-demo.example', 'receptionist', 1, ?, ?)"),
            {stamp, stamp, stamp, stamp});
    const QString insertContact = QStringLiteral(
        "INSERT INTO contacts(id, name, phone, email, channel, tags, is_blacklisted, custom_fields,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    db.exec(insertContact, {42, QStringLiteral("Sarah Johnson"), QStringLiteral("+971501234567"),
                            QStringLiteral("sarah@example.com"), QStringLiteral("whatsapp"),
                            QStringLiteral("[\"vip\"]"), 0, QStringLiteral("{\"company\":\"Acme\"}"),
                            Clock::stamp(now.addDays(-30)), Clock::stamp(now.addDays(-30))});
    db.exec(insertContact, {43, QStringLiteral("أحمد الراشد"), QStringLiteral("+971502345678"), QVariant(),
                            QStringLiteral("sms"), QStringLiteral("[\"new\"]"), 0, QStringLiteral("{}"),
                            Clock::stamp(now.addDays(-20)), Clock::stamp(now.addDays(-20))});
    db.exec(insertContact, {44, QStringLiteral("James O'Brien"), QVariant(), QStringLiteral("james@example.com"),
                            QStringLiteral("email"), QStringLiteral("[]"), 1, QStringLiteral("{}"),
                            Clock::stamp(now.addDays(-10)), Clock::stamp(now.addDays(-10))});
    const QString insertMessage = QStringLiteral(
        "INSERT INTO messages(contact_id, channel, direction, type, content, status, sent_by, created_at)"
        " VALUES (?, ?, ?, 'text', ?, ?, ?, ?)");
    db.exec(insertMessage, {42, QStringLiteral("whatsapp"), QStringLiteral("outbound"),
                            QStringLiteral("Hello Sarah, your consultation is confirmed."),
                            QStringLiteral("read"), 2, Clock::stamp(now.addSecs(-7200))});
    db.exec(insertMessage, {42, QStringLiteral("whatsapp"), QStringLiteral("inbound"),
                            QStringLiteral("Thank you! See you then."), QStringLiteral("delivered"), QVariant(),
                            Clock::stamp(now.addSecs(-3600))});
    db.exec(insertMessage, {43, QStringLiteral("sms"), QStringLiteral("inbound"),
                            QStringLiteral("مرحبا، هل يمكنني حجز موعد؟"), QStringLiteral("delivered"), QVariant(),
                            Clock::stamp(now.addSecs(-1800))});
    db.exec(QStringLiteral("INSERT INTO notes(contact_id, content, author_id, created_at) VALUES (42, ?, 1, ?)"),
            {QStringLiteral("Prefers mornings"), Clock::stamp(now.addDays(-1))});
    db.exec(QStringLiteral("INSERT INTO booking_types(id, name, duration_minutes, description, is_active,"
                           " created_at, updated_at) VALUES (3, '30-Minute Consultation', 30,"
                           " 'One-on-one consultation session', 1, ?, ?)"),
            {stamp, stamp});
    db.exec(QStringLiteral("INSERT INTO resources(id, name, type, is_active, created_at, updated_at)"
                           " VALUES (1, 'Dr. Ahmed Al-Rashid', 'staff', 1, ?, ?)"),
            {stamp, stamp});
    db.exec(QStringLiteral("INSERT INTO bookings(id, contact_id, booking_type_id, resource_id, title, starts_at,"
                           " ends_at, status, notes, created_at, updated_at) VALUES (101, 42, 3, 1,"
                           " ?, '2026-03-10T14:00:00.000000Z', '2026-03-10T14:30:00.000000Z', 'confirmed',"
                           " 'First-time client', ?, ?)"),
            {QStringLiteral("30-Minute Consultation – Sarah Johnson"), stamp, stamp});
}

void seedManyContacts(ServiceContext &context, int count)
{
    Database &db = context.database;
    const QDateTime now = context.clock.now();
    const QStringList channels = {QStringLiteral("whatsapp"), QStringLiteral("instagram"),
                                  QStringLiteral("messenger"), QStringLiteral("telegram"),
                                  QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("webchat")};
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO contacts(name, phone, email, channel, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        const QString stamp = Clock::stamp(now.addSecs(-qint64(i) * 60));
        query.addBindValue(QStringLiteral("Contact %1").arg(i + 1));
        query.addBindValue(QStringLiteral("+9715%1").arg(10000000 + i));
        query.addBindValue(QStringLiteral("contact%1@example.com").arg(i + 1));
        query.addBindValue(channels.at(i % channels.size()));
        query.addBindValue(stamp);
        query.addBindValue(stamp);
        if (!query.exec())
            throw SqlError("inserting a generated contact failed");
    }
}

} // namespace

bool run(const QString &name, ServiceContext &context, QString *error)
{
    if (name != QStringLiteral("demo") && name != QStringLiteral("large")) {
        if (error)
            *error = QStringLiteral("unknown seed \"%1\" (use demo or large)").arg(name);
        return false;
    }
    Database &db = context.database;
    try {
        db.transaction();
        seedDocumentedObjects(context);
        if (name == QStringLiteral("large"))
            seedManyContacts(context, 100000);
        db.commit();
    } catch (const SqlError &e) {
        db.rollback();
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace Sandbox::Seed
