// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo and large data sets, read straight from the database of a server started in
// this thread (clock pinned at 2026-03-04T09:00:00Z).
#include "sandboxfixture.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"
#include "seed/largeseeder.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Sandbox::Database;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
qint64 count(const Database &db, const char *sql, const QVariantList &values = {})
{
    return db.scalar(QString::fromUtf8(sql), values).toLongLong();
}
QSet<QString> distinct(const Database &db, const char *sql)
{
    QSet<QString> values;
    QSqlQuery query = db.exec(QString::fromUtf8(sql));
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}
bool hasArabic(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Arabic)
            return true;
    }
    return false;
}
// Non-cancelled bookings sharing a resource and overlapping in time.
const char *kOverlaps =
    "SELECT COUNT(*) FROM bookings a JOIN bookings b ON a.resource_id = b.resource_id AND a.id < b.id"
    " WHERE a.status != 'cancelled' AND b.status != 'cancelled' AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at";

Sandbox::Options demoOptions(const QString &seed = s("demo"))
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.seed = seed;
    return options;
}
} // namespace

class TestSandboxSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<Sandbox::SandboxServer>(demoOptions());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_server.reset(); }

    void seedDocumentObjectsKeepTheirIds()
    {
        const Database &db = db_();
        QSqlQuery contact = db.exec(s("SELECT name, phone, email, channel, tags FROM contacts WHERE id = 42"));
        QVERIFY(contact.next());
        QCOMPARE(contact.value(0).toString(), s("Sarah Johnson"));
        QCOMPARE(contact.value(1).toString(), s("+971501234567"));
        QCOMPARE(contact.value(2).toString(), s("sarah@example.com"));
        QCOMPARE(contact.value(4).toString(), s("[\"vip\"]"));
        QSqlQuery type = db.exec(s("SELECT name, duration_minutes, description, is_active FROM booking_types WHERE id = 3"));
        QVERIFY(type.next());
        QCOMPARE(type.value(0).toString(), s("30-Minute Consultation"));
        QCOMPARE(type.value(1).toInt(), 30);
        QCOMPARE(type.value(2).toString(), s("One-on-one consultation session"));
        QCOMPARE(type.value(3).toInt(), 1);
        QCOMPARE(db.scalar(s("SELECT name FROM resources WHERE id = 1")).toString(), s("Dr. Ahmed Al-Rashid"));
        QSqlQuery booking = db.exec(s("SELECT contact_id, booking_type_id, resource_id, title, starts_at, ends_at,"
                                      " status, notes FROM bookings WHERE id = 101"));
        QVERIFY(booking.next());
        QCOMPARE(booking.value(0).toInt(), 42);
        QCOMPARE(booking.value(1).toInt(), 3);
        QCOMPARE(booking.value(2).toInt(), 1);
        QCOMPARE(booking.value(3).toString(), s("30-Minute Consultation \u2013 Sarah Johnson"));
        QCOMPARE(booking.value(4).toString(), s("2026-03-10T14:00:00.000000Z"));
        QCOMPARE(booking.value(5).toString(), s("2026-03-10T14:30:00.000000Z"));
        QCOMPARE(booking.value(6).toString(), s("confirmed"));
        QCOMPARE(booking.value(7).toString(), s("First-time client"));
    }

    void contactsInBothLanguagesOnEveryChannel()
    {
        const Database &db = db_();
        QVERIFY(count(db, "SELECT COUNT(*) FROM contacts") >= 200);
        QCOMPARE(distinct(db, "SELECT DISTINCT channel FROM contacts"),
                 QSet<QString>({ s("whatsapp"), s("instagram"), s("messenger"), s("telegram"), s("sms"), s("email"),
                                 s("webchat") }));
        int arabic = 0, english = 0;
        QSqlQuery names = db.exec(s("SELECT name FROM contacts"));
        while (names.next())
            (hasArabic(names.value(0).toString()) ? arabic : english) += 1;
        QVERIFY2(arabic >= 50, qPrintable(QString::number(arabic)));
        QVERIFY2(english >= 100, qPrintable(QString::number(english)));
        const qint64 blacklisted = count(db, "SELECT COUNT(*) FROM contacts WHERE is_blacklisted = 1");
        QVERIFY(blacklisted >= 3 && blacklisted <= 20);
        QVERIFY(distinct(db, "SELECT DISTINCT tag FROM contact_tags").size() >= 4);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM contacts WHERE phone IS NULL AND email IS NULL"), 0);
    }

    void messageHistoryHasEveryTypeAndStatus()
    {
        const Database &db = db_();
        const qint64 conversations = count(db, "SELECT COUNT(*) FROM conversations");
        QVERIFY2(conversations >= 45 && conversations <= 60, qPrintable(QString::number(conversations)));
        QCOMPARE(distinct(db, "SELECT DISTINCT type FROM messages"),
                 QSet<QString>({ s("text"), s("image"), s("video"), s("audio"), s("document"), s("location"),
                                 s("template") }));
        QCOMPARE(distinct(db, "SELECT DISTINCT status FROM messages"),
                 QSet<QString>({ s("pending"), s("sent"), s("delivered"), s("read"), s("failed") }));
        QCOMPARE(distinct(db, "SELECT DISTINCT direction FROM messages"), QSet<QString>({ s("inbound"), s("outbound") }));
        QVERIFY(count(db, "SELECT COUNT(*) FROM conversations WHERE unread_count > 0") > 0);
        QVERIFY(count(db, "SELECT COUNT(*) FROM conversations WHERE unread_count = 0") > 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM messages WHERE type NOT IN ('text','template','location')"
                           " AND media_url IS NULL"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM messages WHERE direction = 'outbound' AND sent_by IS NULL"), 0);
        bool arabicText = false;
        QSqlQuery texts = db.exec(s("SELECT content FROM messages WHERE type = 'text'"));
        while (texts.next())
            arabicText = arabicText || hasArabic(texts.value(0).toString());
        QVERIFY(arabicText);
    }

    void bookingsCoverTwoWeeksInEveryStatusWithoutOverlap()
    {
        const Database &db = db_();
        QCOMPARE(count(db, "SELECT COUNT(*) FROM booking_types"), 4);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM booking_types WHERE is_active = 1"), 3);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM resources WHERE type = 'staff'"), 3);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM resources WHERE type = 'room'"), 1);
        const QVariantList window{ s("2026-02-25T00:00:00.000000Z"), s("2026-03-12T00:00:00.000000Z") };
        QVERIFY(count(db, "SELECT COUNT(*) FROM bookings WHERE starts_at >= ? AND starts_at < ?", window) >= 60);
        QCOMPARE(distinct(db, "SELECT DISTINCT status FROM bookings"),
                 QSet<QString>({ s("pending"), s("confirmed"), s("cancelled"), s("completed") }));
        // Past bookings are never pending; future ones are never completed.
        QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings WHERE status = 'pending' AND ends_at <= '2026-03-04T09:00:00.000000Z'"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings WHERE status = 'completed' AND ends_at > '2026-03-04T09:00:00.000000Z'"), 0);
        QCOMPARE(count(db, kOverlaps), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings b JOIN booking_types t ON t.id = b.booking_type_id"
                           " WHERE b.id != 101 AND b.title NOT LIKE t.name || ' – %'"), 0);
        // Sundays are closed.
        QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings WHERE strftime('%w', starts_at) = '0'"), 0);
    }

    void teamWebhooksAccountAndChannels()
    {
        const Database &db = db_();
        QCOMPARE(distinct(db, "SELECT DISTINCT role FROM team_members"),
                 QSet<QString>({ s("admin"), s("agent"), s("receptionist") }));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM webhooks"), 2);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM webhooks WHERE url NOT LIKE 'http://127.0.0.1:%'"
                           " AND url NOT LIKE 'https://localhost:%'"), 0);
        QCOMPARE(distinct(db, "SELECT DISTINCT status FROM webhook_deliveries"), QSet<QString>({ s("success"), s("failed") }));
        QVERIFY(count(db, "SELECT COUNT(*) FROM webhook_deliveries WHERE error IS NOT NULL") >= 2);
        QVERIFY(count(db, "SELECT COUNT(*) FROM webhook_deliveries WHERE attempt = 3") >= 2);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM webhook_deliveries WHERE json_extract(request_body, '$.id') NOT LIKE 'evt_%'"
                           " OR json_extract(request_body, '$.event') != event"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM subscriptions"), 1);
        QCOMPARE(distinct(db, "SELECT DISTINCT status FROM channels"),
                 QSet<QString>({ s("connected"), s("disconnected"), s("error") }));
    }

    void demoIsDeterministic()
    {
        Sandbox::SandboxServer again(demoOptions());
        QVERIFY(again.start());
        const char *fingerprint = "SELECT group_concat(id || resource_id || starts_at || status || title, '|')"
                                  " FROM (SELECT * FROM bookings ORDER BY id)";
        QCOMPARE(again.context().database.scalar(QString::fromUtf8(fingerprint)).toString(),
                 db_().scalar(QString::fromUtf8(fingerprint)).toString());
    }

    void largeSeederAddsNonOverlappingBulk()
    {
        Sandbox::SandboxServer server(demoOptions());
        QVERIFY(server.start());
        Database &db = server.context().database;
        const qint64 contactsBefore = count(db, "SELECT COUNT(*) FROM contacts");
        const qint64 bookingsBefore = count(db, "SELECT COUNT(*) FROM bookings");
        QVERIFY(db.transaction());
        Sandbox::LargeSeeder(db, server.context().clock.now()).run(3000, 900);
        QVERIFY(db.commit());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM contacts"), contactsBefore + 3000);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings"), bookingsBefore + 900);
        QCOMPARE(count(db, kOverlaps), 0);
        // The bulk lies in the past, clear of the demo's two weeks.
        QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings WHERE id > ? AND ends_at > '2026-02-02T00:00:00.000000Z'",
                       { bookingsBefore + 101 }), 0);
        // Search finds generated contacts through the trigram index.
        QVERIFY(count(db, "SELECT COUNT(*) FROM contacts_fts WHERE contacts_fts MATCH '\"example.net\"'") >= 3000);
    }

    void seedsOnlyAFreshDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Sandbox::Options options = demoOptions();
        options.databasePath = dir.filePath(s("sandbox.db"));
        qint64 contacts = 0;
        {
            Sandbox::SandboxServer first(options);
            QVERIFY(first.start());
            Database &db = first.context().database;
            contacts = count(db, "SELECT COUNT(*) FROM contacts");
            db.exec(s("DELETE FROM contacts WHERE id = 7"));
        }
        {
            Sandbox::SandboxServer second(options);
            QVERIFY(second.start());
            const Database &db = second.context().database;
            QCOMPARE(count(db, "SELECT COUNT(*) FROM contacts"), contacts - 1);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM bookings WHERE id = 101"), 1);
        }
        options.seed = s("large");
        Sandbox::SandboxServer third(options);
        QVERIFY(third.start());
        QCOMPARE(count(third.context().database, "SELECT COUNT(*) FROM contacts"), contacts - 1);
    }

    void unknownSeedFailsToStart()
    {
        Sandbox::SandboxServer server(demoOptions(s("huge")));
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"huge"), qPrintable(error));
    }

private:
    Database &db_() { return m_server->context().database; }
    std::unique_ptr<Sandbox::SandboxServer> m_server;
};

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandbox_seed.moc"
