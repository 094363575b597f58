// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "largeseeder.h"

#include "demotexts.h"

#include "bookings/bookingrules.h"
#include "core/clock.h"
#include "core/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace Sandbox {

namespace {
const QString kChannels[] = { QStringLiteral("whatsapp"), QStringLiteral("instagram"), QStringLiteral("messenger"),
                              QStringLiteral("telegram"), QStringLiteral("sms"),       QStringLiteral("email"),
                              QStringLiteral("webchat") };
const QString kTags[] = { QStringLiteral("[]"), QStringLiteral("[\"vip\"]"), QStringLiteral("[\"new\"]"),
                          QStringLiteral("[]"), QStringLiteral("[\"lead\"]"), QStringLiteral("[\"returning\"]") };
} // namespace

LargeSeeder::LargeSeeder(Database &database, const QDateTime &now)
    : m_db(database)
    , m_now(now.toUTC())
{
}

void LargeSeeder::run(int contacts, int bookings)
{
    seedContacts(contacts);
    seedBookings(bookings);
}

void LargeSeeder::seedContacts(int count)
{
    m_firstContactId = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM contacts")).toLongLong();
    m_contactCount = count;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO contacts(id, name, phone, email, channel, tags, is_blacklisted, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_firstContactId + i;
        const QString created = Clock::stamp(m_now.addSecs(-qint64(count - i) * 300));
        insert.bindValue(0, id);
        insert.bindValue(1, DemoTexts::personName(i));
        insert.bindValue(2, QStringLiteral("+9715%1").arg(30000000 + i));
        insert.bindValue(3, QStringLiteral("user%1@example.net").arg(id));
        insert.bindValue(4, kChannels[i % 7]);
        insert.bindValue(5, kTags[i % 6]);
        insert.bindValue(6, i % 97 == 0 ? 1 : 0);
        insert.bindValue(7, created);
        insert.bindValue(8, created);
        if (!insert.exec())
            throw SqlError("seeding the large contacts failed");
    }
}

void LargeSeeder::seedBookings(int count)
{
    struct Type { int id; QString name; int minutes; };
    const Type types[] = { { 1, QStringLiteral("Initial Assessment"), 60 },
                           { 2, QStringLiteral("Follow-up Visit"), 20 },
                           { 3, QStringLiteral("30-Minute Consultation"), 30 } };
    const QString statuses[] = { QStringLiteral("completed"), QStringLiteral("completed"),
                                 QStringLiteral("completed"), QStringLiteral("cancelled") };
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO bookings(contact_id, booking_type_id, resource_id, title, starts_at, ends_at, status,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A grid of one-hour cells (resource × hour × day) that ends a month before "now": the
    // bookings never overlap each other nor the demo's two weeks, and leave the future free
    // for the benchmarks.
    const int cellsPerDay = 4 * 8;
    const QDate firstDay = m_now.date().addDays(-(count / cellsPerDay) - 31);
    for (int n = 0; n < count; ++n) {
        const int day = n / cellsPerDay;
        const int cell = n % cellsPerDay;
        const int resource = 1 + cell % 4;
        const int hour = 9 + cell / 4;
        const Type &type = types[n % 3];
        const QDateTime start(firstDay.addDays(day), QTime(hour, 0), QTimeZone::utc());
        const qint64 contactId = m_firstContactId + (qint64(n) * 7919) % qMax(1, m_contactCount);
        const QString created = Clock::stamp(start.addDays(-7));
        insert.bindValue(0, contactId);
        insert.bindValue(1, type.id);
        insert.bindValue(2, resource);
        insert.bindValue(3, BookingRules::title(type.name, DemoTexts::personName(int(contactId - m_firstContactId))));
        insert.bindValue(4, Clock::stamp(start));
        insert.bindValue(5, Clock::stamp(BookingRules::endsAt(start, type.minutes)));
        insert.bindValue(6, statuses[n % 4]);
        insert.bindValue(7, created);
        insert.bindValue(8, created);
        if (!insert.exec())
            throw SqlError("seeding the large bookings failed");
    }
}

} // namespace Sandbox
