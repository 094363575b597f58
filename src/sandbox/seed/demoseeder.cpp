// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseeder.h"

#include "demotexts.h"

#include "bookings/bookingrules.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/servicecontext.h"
#include "webhooks/webhookpayload.h"
#include "webhooks/webhooksamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace Sandbox {

namespace {

const QStringList kChannels = { QStringLiteral("whatsapp"), QStringLiteral("instagram"), QStringLiteral("messenger"),
                                QStringLiteral("telegram"), QStringLiteral("sms"),       QStringLiteral("email"),
                                QStringLiteral("webchat") };
const QStringList kTags = { QStringLiteral("vip"), QStringLiteral("new"), QStringLiteral("returning"),
                            QStringLiteral("lead"), QStringLiteral("follow-up"), QStringLiteral("corporate") };
const QStringList kTypes = { QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("video"),
                             QStringLiteral("audio"), QStringLiteral("document"), QStringLiteral("location"),
                             QStringLiteral("template") };
const QStringList kStatuses = { QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("delivered"),
                                QStringLiteral("read"), QStringLiteral("failed") };

QString stamp(const QDateTime &t)
{
    return Clock::stamp(t);
}

QString asciiHandle(int n)
{
    return QStringLiteral("contact%1").arg(n);
}

} // namespace

DemoSeeder::DemoSeeder(ServiceContext &context)
    : m_context(context)
    , m_db(context.database)
    , m_now(context.clock.now())
    // A fixed seed keeps the demo the same on every run (screenshots, tests, docs).
    , m_random(20260304u)
{
}

void DemoSeeder::run()
{
    seedTeam();
    seedDocumentedObjects();
    seedContacts();
    seedMessages();
    seedBookingSetup();
    seedBookings();
    seedWebhooks();
}

void DemoSeeder::seedTeam()
{
    // Member 1 (admin Mona Saeed) comes with the baseline.
    const QString insert = QStringLiteral(
        "INSERT INTO team_members(id, name, email, role, is_active, last_seen_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString created = stamp(m_now.addDays(-120));
    m_db.exec(insert, { 2, QStringLiteral("Omar Khalil"), QStringLiteral("omar@skylight-demo.example"),
                        QStringLiteral("agent"), 1, stamp(m_now.addSecs(-600)), created, created });
    m_db.exec(insert, { 3, QStringLiteral("Lina Haddad"), QStringLiteral("lina@skylight-demo.example"),
                        QStringLiteral("receptionist"), 1, stamp(m_now.addSecs(-3600)), created, created });
    m_db.exec(insert, { 4, QStringLiteral("Emily Carter"), QStringLiteral("emily@skylight-demo.example"),
                        QStringLiteral("agent"), 1, QVariant(), created, created });
    m_db.exec(insert, { 5, QStringLiteral("يوسف أمين"), QStringLiteral("youssef@skylight-demo.example"),
                        QStringLiteral("receptionist"), 0, stamp(m_now.addDays(-40)), created, created });
}

void DemoSeeder::seedDocumentedObjects()
{
    // The objects of seed 004 with their ids, so its curl examples work verbatim, plus two
    // fixed contacts other tests rely on (43: Arabic on SMS, 44: blacklisted, no phone).
    const QString insertContact = QStringLiteral(
        "INSERT INTO contacts(id, name, phone, email, channel, tags, is_blacklisted, custom_fields,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_db.exec(insertContact, { 42, QStringLiteral("Sarah Johnson"), QStringLiteral("+971501234567"),
                               QStringLiteral("sarah@example.com"), QStringLiteral("whatsapp"),
                               QStringLiteral("[\"vip\"]"), 0, QStringLiteral("{\"company\":\"Acme\"}"),
                               stamp(m_now.addDays(-30)), stamp(m_now.addDays(-30)) });
    m_db.exec(insertContact, { 43, QStringLiteral("أحمد الراشد"), QStringLiteral("+971502345678"), QVariant(),
                               QStringLiteral("sms"), QStringLiteral("[\"new\"]"), 0, QStringLiteral("{}"),
                               stamp(m_now.addDays(-20)), stamp(m_now.addDays(-20)) });
    m_db.exec(insertContact, { 44, QStringLiteral("James O'Brien"), QVariant(), QStringLiteral("james@example.com"),
                               QStringLiteral("email"), QStringLiteral("[]"), 1, QStringLiteral("{}"),
                               stamp(m_now.addDays(-10)), stamp(m_now.addDays(-10)) });
    const QString insertMessage = QStringLiteral(
        "INSERT INTO messages(contact_id, channel, direction, type, content, status, sent_by, created_at)"
        " VALUES (?, ?, ?, 'text', ?, ?, ?, ?)");
    m_db.exec(insertMessage, { 42, QStringLiteral("whatsapp"), QStringLiteral("outbound"),
                               QStringLiteral("Hello Sarah, your consultation is confirmed."),
                               QStringLiteral("read"), 2, stamp(m_now.addSecs(-7200)) });
    m_db.exec(insertMessage, { 42, QStringLiteral("whatsapp"), QStringLiteral("inbound"),
                               QStringLiteral("Thank you! See you then."), QStringLiteral("delivered"), QVariant(),
                               stamp(m_now.addSecs(-3600)) });
    m_db.exec(insertMessage, { 43, QStringLiteral("sms"), QStringLiteral("inbound"),
                               QStringLiteral("مرحبا، هل يمكنني حجز موعد؟"), QStringLiteral("delivered"), QVariant(),
                               stamp(m_now.addSecs(-1800)) });
    m_db.exec(QStringLiteral("INSERT INTO notes(contact_id, content, author_id, created_at) VALUES (42, ?, 1, ?)"),
              { QStringLiteral("Prefers mornings"), stamp(m_now.addDays(-1)) });
    m_db.exec(QStringLiteral("INSERT INTO notes(contact_id, content, author_id, created_at) VALUES (42, ?, 3, ?)"),
              { QStringLiteral("Asked for Dr. Ahmed specifically"), stamp(m_now.addDays(-3)) });
}

void DemoSeeder::seedContacts()
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO contacts(id, name, phone, email, channel, avatar_url, tags, is_blacklisted, custom_fields,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int id = 1; id <= contactCount; ++id) {
        if (id >= 42 && id <= 44)
            continue;
        const QString name = DemoTexts::personName(id);
        const QString channel = kChannels.at(id % kChannels.size());
        const bool hasPhone = channel != u"email" || id % 2 == 0;
        const bool hasEmail = channel == u"email" || id % 3 == 0;
        QJsonArray tags;
        if (id % 4 == 0)
            tags.append(kTags.at((id / 4) % kTags.size()));
        if (id % 9 == 0)
            tags.append(QStringLiteral("vip"));
        QJsonObject custom;
        if (id % 5 == 0)
            custom.insert(QStringLiteral("company"), QStringLiteral("Company %1").arg(id / 5));
        if (id % 7 == 0)
            custom.insert(QStringLiteral("preferred_language"), DemoTexts::isArabicName(id) ? QStringLiteral("ar")
                                                                                             : QStringLiteral("en"));
        const QString created = stamp(m_now.addSecs(-qint64(contactCount - id) * 3 * 3600 - 86400));
        insert.addBindValue(id);
        insert.addBindValue(name);
        insert.addBindValue(hasPhone ? QVariant(QStringLiteral("+9715%1").arg(20000000 + id * 7919 % 9999999, 8, 10, QLatin1Char('0')))
                                     : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(hasEmail ? QVariant(asciiHandle(id) + QStringLiteral("@example.com"))
                                     : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(channel);
        insert.addBindValue(id % 11 == 0 ? QVariant(QStringLiteral("https://i.pravatar.cc/150?u=%1").arg(id))
                                         : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
        insert.addBindValue(id % 23 == 0 ? 1 : 0);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact)));
        insert.addBindValue(created);
        insert.addBindValue(created);
        if (!insert.exec())
            throw SqlError("seeding the demo contacts failed");
    }
}

void DemoSeeder::seedMessages()
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO messages(contact_id, channel, direction, type, content, media_url, status, sent_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int serial = 0;
    // About 50 conversations; every type and status appears, most recent first in time.
    for (int c = 1; c <= 50; ++c) {
        const int contactId = c * 4 + 1 == 42 ? 45 : c * 4 + 1;
        const bool arabic = DemoTexts::isArabicName(contactId);
        const QString channel = kChannels.at(contactId % kChannels.size());
        const int count = 3 + c % 6;
        QDateTime at = m_now.addSecs(-qint64(c) * 5400 - qint64(count) * 900);
        for (int i = 0; i < count; ++i, ++serial) {
            const bool inbound = i % 2 == 0;
            const QString type = kTypes.at(serial % kTypes.size());
            const QStringList &texts = inbound ? (arabic ? DemoTexts::arabicInbound() : DemoTexts::englishInbound())
                                               : (arabic ? DemoTexts::arabicOutbound() : DemoTexts::englishOutbound());
            QString content = texts.at(serial % texts.size());
            QVariant media(QMetaType::fromType<QString>());
            if (type == u"location") {
                content = QStringLiteral("25.2048,55.2708");
            } else if (type != u"text" && type != u"template") {
                media = QStringLiteral("https://cdn.skylight-demo.example/media/%1.%2")
                            .arg(serial)
                            .arg(type == u"image" ? u"jpg" : type == u"video" ? u"mp4" : type == u"audio" ? u"ogg" : u"pdf");
                content = type == u"document" ? QStringLiteral("invoice-%1.pdf").arg(serial) : QString();
            }
            QString status = inbound ? QStringLiteral("delivered") : kStatuses.at(serial % kStatuses.size());
            insert.addBindValue(contactId);
            insert.addBindValue(channel);
            insert.addBindValue(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
            insert.addBindValue(type);
            insert.addBindValue(content.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(content));
            insert.addBindValue(media);
            insert.addBindValue(status);
            insert.addBindValue(inbound ? QVariant(QMetaType::fromType<qint64>()) : QVariant(1 + serial % 4));
            insert.addBindValue(stamp(at));
            if (!insert.exec())
                throw SqlError("seeding the demo messages failed");
            at = at.addSecs(900);
        }
    }
    // Older conversations have been read; the most recent ten keep their unread counts.
    m_db.exec(QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE id NOT IN"
                             " (SELECT id FROM conversations ORDER BY updated_at DESC LIMIT 10)"));
}

void DemoSeeder::seedBookingSetup()
{
    const QString created = stamp(m_now.addDays(-180));
    const QString insertType = QStringLiteral(
        "INSERT INTO booking_types(id, name, duration_minutes, description, is_active, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_db.exec(insertType, { 1, QStringLiteral("Initial Assessment"), 60,
                            QStringLiteral("A full first visit with history and examination"), 1, created, created });
    m_db.exec(insertType, { 2, QStringLiteral("Follow-up Visit"), 20,
                            QStringLiteral("A short check after treatment"), 1, created, created });
    m_db.exec(insertType, { 3, QStringLiteral("30-Minute Consultation"), 30,
                            QStringLiteral("One-on-one consultation session"), 1, created, created });
    m_db.exec(insertType, { 4, QStringLiteral("Group Workshop"), 90,
                            QStringLiteral("Retired: replaced by online sessions"), 0, created, created });
    const QString insertResource = QStringLiteral(
        "INSERT INTO resources(id, name, type, is_active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)");
    m_db.exec(insertResource, { 1, QStringLiteral("Dr. Ahmed Al-Rashid"), QStringLiteral("staff"), created, created });
    m_db.exec(insertResource, { 2, QStringLiteral("Dr. Sarah Mitchell"), QStringLiteral("staff"), created, created });
    m_db.exec(insertResource, { 3, QStringLiteral("Nurse Layla Hassan"), QStringLiteral("staff"), created, created });
    m_db.exec(insertResource, { 4, QStringLiteral("Consultation Room A"), QStringLiteral("room"), created, created });
}

void DemoSeeder::seedBookings()
{
    // Booking 101 exactly as in seed 004 (its type 3 lasts 30 minutes: CONTRACT.md's note).
    const QString created = stamp(m_now.addDays(-6));
    m_db.exec(QStringLiteral("INSERT INTO bookings(id, contact_id, booking_type_id, resource_id, title, starts_at,"
                             " ends_at, status, notes, created_at, updated_at) VALUES (101, 42, 3, 1, ?,"
                             " '2026-03-10T14:00:00.000000Z', '2026-03-10T14:30:00.000000Z', 'confirmed',"
                             " 'First-time client', ?, ?)"),
              { BookingRules::title(QStringLiteral("30-Minute Consultation"), QStringLiteral("Sarah Johnson")),
                created, created });
    // Resource 1 stays free where the seed's examples put or move booking 101 (14:00 on
    // 10 March, 10:00 on 11 March), so every curl example works verbatim.
    const TimeRange reservedOnResource1[] = {
        { Clock::parse(QStringLiteral("2026-03-10T14:00:00Z")), Clock::parse(QStringLiteral("2026-03-10T14:30:00Z")) },
        { Clock::parse(QStringLiteral("2026-03-11T10:00:00Z")), Clock::parse(QStringLiteral("2026-03-11T11:00:00Z")) },
    };

    struct Type { int id; QString name; int minutes; };
    const Type types[] = { { 1, QStringLiteral("Initial Assessment"), 60 },
                           { 2, QStringLiteral("Follow-up Visit"), 20 },
                           { 3, QStringLiteral("30-Minute Consultation"), 30 } };
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO bookings(contact_id, booking_type_id, resource_id, title, starts_at, ends_at, status, notes,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Hours 13:00-15:00 UTC stay free on every resource but 1, so the seed's own create
    // example (14:00 on any day) always finds a resource.
    const int hours[] = { 9, 10, 11, 12, 15, 16 };
    const QDate today = m_now.toUTC().date();
    for (int offset = -7; offset <= 7; ++offset) {
        const QDate day = today.addDays(offset);
        if (day.dayOfWeek() == Qt::Sunday)
            continue;
        for (int resource = 1; resource <= 4; ++resource) {
            for (int hour : hours) {
                if (m_random.bounded(100) < 45)
                    continue;
                const Type &type = types[m_random.bounded(3)];
                // Types of up to 30 minutes may start on the half hour; each stays inside its hour.
                const int minute = type.minutes <= 30 && m_random.bounded(2) == 1 ? 30 : 0;
                const QDateTime start(day, QTime(hour, minute), QTimeZone::utc());
                const TimeRange range{ start, BookingRules::endsAt(start, type.minutes) };
                if (resource == 1 && std::any_of(std::begin(reservedOnResource1), std::end(reservedOnResource1),
                                                 [&range](const TimeRange &r) { return r.overlaps(range); }))
                    continue;
                const int contactId = 1 + int(m_random.bounded(contactCount));
                if (contactId >= 43 && contactId <= 44)
                    continue;
                const bool past = range.end <= m_now;
                const int roll = int(m_random.bounded(100));
                QString status;
                if (past)
                    status = roll < 75 ? QStringLiteral("completed") : roll < 90 ? QStringLiteral("cancelled")
                                                                                 : QStringLiteral("confirmed");
                else
                    status = roll < 65 ? QStringLiteral("confirmed") : roll < 85 ? QStringLiteral("pending")
                                                                                 : QStringLiteral("cancelled");
                const QVariant contactName =
                    m_db.scalar(QStringLiteral("SELECT name FROM contacts WHERE id = ?"), { contactId });
                insert.addBindValue(contactId);
                insert.addBindValue(type.id);
                insert.addBindValue(resource);
                insert.addBindValue(BookingRules::title(type.name, contactName.toString()));
                insert.addBindValue(stamp(range.start));
                insert.addBindValue(stamp(range.end));
                insert.addBindValue(status);
                insert.addBindValue(roll % 4 == 0 ? QVariant(QStringLiteral("Booked by phone"))
                                                  : QVariant(QMetaType::fromType<QString>()));
                const QString bookedAt = stamp(qMin(range.start.addDays(-3), m_now));
                insert.addBindValue(bookedAt);
                insert.addBindValue(bookedAt);
                if (!insert.exec())
                    throw SqlError("seeding the demo bookings failed");
            }
        }
    }
}

void DemoSeeder::seedWebhooks()
{
    // Both point at this machine: the sandbox never sends traffic anywhere else.
    const QString created = stamp(m_now.addDays(-60));
    const QString insertHook = QStringLiteral(
        "INSERT INTO webhooks(id, url, description, events, is_active, secret, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    m_db.exec(insertHook, { 1, QStringLiteral("http://127.0.0.1:8787/hooks/crm-sync"), QStringLiteral("CRM sync"),
                            QStringLiteral("[\"contact.created\",\"contact.updated\",\"booking.created\"]"), 1,
                            QStringLiteral("whsec_demoCrmSync0000000000000000a1b2"), created, created });
    m_db.exec(insertHook, { 2, QStringLiteral("https://localhost:8443/skylight/bookings"),
                            QStringLiteral("Calendar bridge (paused)"),
                            QStringLiteral("[\"booking.created\",\"booking.updated\",\"booking.cancelled\","
                                           "\"booking.completed\"]"),
                            0, QStringLiteral("whsec_demoCalendar000000000000000c3d4"), created, created });

    const QString insertDelivery = QStringLiteral(
        "INSERT INTO webhook_deliveries(webhook_id, event, status, attempt, response_status, duration_ms,"
        " request_body, response_body, error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    struct Row { int webhook; const char *event; const char *status; int attempt; int http; int ms;
                 const char *response; const char *error; int hoursAgo; };
    const Row rows[] = {
        { 1, "contact.created", "success", 1, 200, 84, "{\"ok\":true}", nullptr, 70 },
        { 1, "contact.updated", "success", 1, 200, 97, "{\"ok\":true}", nullptr, 50 },
        { 1, "booking.created", "failed", 1, 500, 212, "Internal Server Error", nullptr, 30 },
        { 1, "booking.created", "failed", 2, 0, 3, nullptr, "connection refused", 30 },
        { 1, "booking.created", "success", 3, 200, 88, "{\"ok\":true}", nullptr, 30 },
        { 1, "contact.updated", "success", 1, 204, 61, "", nullptr, 6 },
        { 2, "booking.cancelled", "failed", 1, 0, 10000, nullptr, "timed out after 10000 ms", 90 },
        { 2, "booking.cancelled", "failed", 2, 503, 140, "Service Unavailable", nullptr, 90 },
        { 2, "booking.cancelled", "failed", 3, 503, 133, "Service Unavailable", nullptr, 90 },
        { 2, "booking.completed", "success", 1, 200, 120, "accepted", nullptr, 80 },
    };
    for (const Row &row : rows) {
        const QDateTime at = m_now.addSecs(-qint64(row.hoursAgo) * 3600 + row.attempt * 5);
        const QString event = QString::fromLatin1(row.event);
        const QByteArray body = WebhookPayload::build(event, stamp(at), WebhookSamples::sample(event, stamp(at)));
        m_db.exec(insertDelivery,
                  { row.webhook, event, QString::fromLatin1(row.status), row.attempt,
                    row.http > 0 ? QVariant(row.http) : QVariant(QMetaType::fromType<int>()), row.ms,
                    QString::fromUtf8(body),
                    row.response ? QVariant(QString::fromUtf8(row.response)) : QVariant(QMetaType::fromType<QString>()),
                    row.error ? QVariant(QString::fromUtf8(row.error)) : QVariant(QMetaType::fromType<QString>()),
                    stamp(at) });
    }
}

} // namespace Sandbox
