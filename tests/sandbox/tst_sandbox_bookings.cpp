// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bookings endpoints over real HTTP on the demo seed, clock pinned at
// 2026-03-04T09:00:00Z: every example of seed 004 verbatim, then the rules and errors.
#include "sandboxfixture.h"

#include "core/database.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"

#include <QTest>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &field : fields)
        o.insert(field.first, field.second);
    return o;
}
QUrlQuery query(std::initializer_list<QPair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &item : items)
        q.addQueryItem(item.first, item.second);
    return q;
}
} // namespace

class TestSandboxBookings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    // --- the examples of seed 004, in the document's order ---

    void exampleListConfirmedFromMarchFirst()
    {
        const TestReply reply = http().get(s("/bookings"), query({ { s("status"), s("confirmed") },
                                                                   { s("from"), s("2026-03-01") } }));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"success").toBool(), true);
        const QJsonArray data = reply.dataArray();
        QVERIFY(!data.isEmpty());
        for (const QJsonValue &value : data) {
            QCOMPARE(value[u"status"].toString(), s("confirmed"));
            QVERIFY(value[u"starts_at"].toString() >= s("2026-03-01T00:00:00.000000Z"));
        }
        QCOMPARE(reply.meta().value(u"current_page").toInt(), 1);
        QCOMPARE(reply.meta().value(u"per_page").toInt(), 15);
        QVERIFY(reply.meta().value(u"total").toInt() >= data.size());
        // Booking 101 is among them (10 March): walk the pages to find it.
        bool found = false;
        const int lastPage = reply.meta().value(u"last_page").toInt();
        for (int page = 1; page <= lastPage && !found; ++page) {
            const TestReply p = http().get(s("/bookings"), query({ { s("status"), s("confirmed") },
                                                                   { s("from"), s("2026-03-01") },
                                                                   { s("page"), QString::number(page) } }));
            for (const QJsonValue &value : p.dataArray())
                found = found || value[u"id"].toInt() == 101;
        }
        QVERIFY(found);
    }

    void exampleGetBooking101()
    {
        const TestReply reply = http().get(s("/bookings/101"));
        QCOMPARE(reply.status, 200);
        const QJsonObject b = reply.dataObject();
        QCOMPARE(b.value(u"id").toInt(), 101);
        QCOMPARE(b.value(u"contact_id").toInt(), 42);
        QCOMPARE(b.value(u"booking_type_id").toInt(), 3);
        QCOMPARE(b.value(u"resource_id").toInt(), 1);
        QCOMPARE(b.value(u"title").toString(), s("30-Minute Consultation \u2013 Sarah Johnson"));
        QCOMPARE(b.value(u"starts_at").toString(), s("2026-03-10T14:00:00.000000Z"));
        QCOMPARE(b.value(u"ends_at").toString(), s("2026-03-10T14:30:00.000000Z"));
        QCOMPARE(b.value(u"status").toString(), s("confirmed"));
        QCOMPARE(b.value(u"notes").toString(), s("First-time client"));
        QVERIFY(b.value(u"created_at").toString().endsWith(u"000Z"));
        QVERIFY(b.contains(u"updated_at"));
    }

    void exampleListBookingTypes()
    {
        const TestReply reply = http().get(s("/bookings/types"));
        QCOMPARE(reply.status, 200);
        const QJsonArray types = reply.dataArray();
        QCOMPARE(types.size(), 4);
        QJsonObject three;
        for (const QJsonValue &t : types) {
            if (t[u"id"].toInt() == 3)
                three = t.toObject();
        }
        QCOMPARE(three, obj({ { s("id"), 3 }, { s("name"), s("30-Minute Consultation") },
                              { s("duration_minutes"), 30 },
                              { s("description"), s("One-on-one consultation session") },
                              { s("is_active"), true } }));
    }

    void exampleListResources()
    {
        const TestReply reply = http().get(s("/bookings/resources"));
        QCOMPARE(reply.status, 200);
        const QJsonArray resources = reply.dataArray();
        QCOMPARE(resources.size(), 4);
        QCOMPARE(resources.at(0).toObject(), obj({ { s("id"), 1 }, { s("name"), s("Dr. Ahmed Al-Rashid") },
                                                   { s("type"), s("staff") }, { s("is_active"), true } }));
        int staff = 0, rooms = 0;
        for (const QJsonValue &r : resources) {
            staff += r[u"type"].toString() == u"staff" ? 1 : 0;
            rooms += r[u"type"].toString() == u"room" ? 1 : 0;
        }
        QCOMPARE(staff, 3);
        QCOMPARE(rooms, 1);
    }

    void exampleAvailability()
    {
        const TestReply reply = http().get(s("/bookings/availability"),
                                           query({ { s("booking_type_id"), s("3") }, { s("date"), s("2026-03-10") } }));
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.dataObject();
        QCOMPARE(data.value(u"date").toString(), s("2026-03-10"));
        const QJsonArray slotList = data.value(u"slots").toArray();
        QCOMPARE(slotList.size(), 16);
        QCOMPARE(slotList.at(0).toObject().value(u"starts_at").toString(), s("2026-03-10T09:00:00Z"));
        QCOMPARE(slotList.at(0).toObject().value(u"ends_at").toString(), s("2026-03-10T09:30:00Z"));
        QCOMPARE(slotList.at(1).toObject().value(u"starts_at").toString(), s("2026-03-10T09:30:00Z"));
        QCOMPARE(slotList.at(15).toObject().value(u"ends_at").toString(), s("2026-03-10T17:00:00Z"));
        for (const QJsonValue &slot : slotList)
            QVERIFY(slot[u"available"].isBool());
        // 14:00 is free on other resources (the create example needs that)...
        QCOMPARE(slotList.at(10).toObject().value(u"available").toBool(), true);
        // ...but not on resource 1, which holds booking 101.
        const TestReply one = http().get(s("/bookings/availability"),
                                         query({ { s("booking_type_id"), s("3") }, { s("date"), s("2026-03-10") },
                                                 { s("resource_id"), s("1") } }));
        QCOMPARE(one.status, 200);
        const QJsonObject at14 = one.dataObject().value(u"slots").toArray().at(10).toObject();
        QCOMPARE(at14.value(u"starts_at").toString(), s("2026-03-10T14:00:00Z"));
        QCOMPARE(at14.value(u"available").toBool(), false);
    }

    void exampleCreateGives201WithComputedEnd()
    {
        const TestReply reply = http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                                  { s("starts_at"), s("2026-03-10T14:00:00.000000Z") } }));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.message(), s("Booking created successfully."));
        const QJsonObject b = reply.dataObject();
        QVERIFY(b.value(u"id").toInt() > 101);
        QCOMPARE(b.value(u"contact_id").toInt(), 42);
        QCOMPARE(b.value(u"booking_type_id").toInt(), 3);
        QCOMPARE(b.value(u"starts_at").toString(), s("2026-03-10T14:00:00.000000Z"));
        QCOMPARE(b.value(u"ends_at").toString(), s("2026-03-10T14:30:00.000000Z"));
        QCOMPARE(b.value(u"status").toString(), s("confirmed"));
        QCOMPARE(b.value(u"title").toString(), s("30-Minute Consultation \u2013 Sarah Johnson"));
        // No resource asked for: a free one was assigned, not resource 1 (booking 101 holds it).
        QVERIFY(b.value(u"resource_id").toInt() > 1);
        QCOMPARE(b.value(u"notes"), QJsonValue(QJsonValue::Null));
        QCOMPARE(http().get(s("/bookings/%1").arg(b.value(u"id").toInt())).dataObject(), b);
    }

    void exampleCreateOnResourceOneOverlapsIs422()
    {
        // The seed's full request body: resource 1 at 14:00 on 10 March is booking 101's slot.
        const TestReply reply = http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                                  { s("resource_id"), 1 },
                                                                  { s("starts_at"), s("2026-03-10T14:00:00.000000Z") },
                                                                  { s("notes"), s("First-time client") } }));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object().value(u"success").toBool(), false);
        QCOMPARE(reply.errors().value(u"starts_at").toArray().at(0).toString(),
                 s("The selected slot is not available."));
        // Overlapping only partly is still an overlap; touching end to start is not.
        QCOMPARE(http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 }, { s("resource_id"), 1 },
                                                   { s("starts_at"), s("2026-03-10T13:45:00Z") } })).status, 422);
        // Also when the existing booking began before the new one.
        QCOMPARE(http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 }, { s("resource_id"), 1 },
                                                   { s("starts_at"), s("2026-03-10T14:15:00Z") } })).status, 422);
        const TestReply adjacent = http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                                     { s("resource_id"), 1 },
                                                                     { s("starts_at"), s("2026-03-10T14:30:00Z") } }));
        QCOMPARE(adjacent.status, 201);
        QCOMPARE(adjacent.dataObject().value(u"resource_id").toInt(), 1);
        QCOMPARE(adjacent.dataObject().value(u"starts_at").toString(), s("2026-03-10T14:30:00.000000Z"));
    }

    void exampleUpdateReschedules()
    {
        const TestReply reply = http().put(s("/bookings/101"), obj({ { s("starts_at"), s("2026-03-11T10:00:00.000000Z") },
                                                                     { s("notes"), s("Rescheduled per client request") } }));
        QCOMPARE(reply.status, 200);
        const QJsonObject b = reply.dataObject();
        QCOMPARE(b.value(u"id").toInt(), 101);
        QCOMPARE(b.value(u"starts_at").toString(), s("2026-03-11T10:00:00.000000Z"));
        QCOMPARE(b.value(u"ends_at").toString(), s("2026-03-11T10:30:00.000000Z"));
        QCOMPARE(b.value(u"notes").toString(), s("Rescheduled per client request"));
        QCOMPARE(b.value(u"resource_id").toInt(), 1);
        QCOMPARE(b.value(u"status").toString(), s("confirmed"));
        QCOMPARE(b.value(u"updated_at").toString(), s("2026-03-04T09:00:00.000000Z"));
        QCOMPARE(http().get(s("/bookings/101")).dataObject(), b);
    }

    void exampleCancelThenCancelAgainIs422()
    {
        const TestReply reply = http().post(s("/bookings/101/cancel"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.message(), s("Booking cancelled."));
        QCOMPARE(reply.dataObject().value(u"id").toInt(), 101);
        QCOMPARE(reply.dataObject().value(u"status").toString(), s("cancelled"));
        QCOMPARE(http().get(s("/bookings/101")).dataObject().value(u"status").toString(), s("cancelled"));

        const TestReply again = http().post(s("/bookings/101/cancel"));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errors().value(u"status").toArray().at(0).toString(), s("The booking is already cancelled."));
        // A cancelled booking frees its slot and cannot be edited.
        QCOMPARE(http().put(s("/bookings/101"), obj({ { s("notes"), s("x") } })).status, 422);
    }

    // --- rules and errors beyond the examples ---

    void putRecomputesEndFromANewTypeAndRechecksOverlap()
    {
        // 13:00-15:00 is free on every resource but 1 in the demo; use resource 3 on 12 March.
        const auto book = [this](int type, const char *start) {
            return http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), type },
                                                     { s("resource_id"), 3 }, { s("starts_at"), s(start) } }));
        };
        const TestReply a = book(2, "2026-03-12T13:00:00Z");
        QCOMPARE(a.status, 201);
        QCOMPARE(a.dataObject().value(u"ends_at").toString(), s("2026-03-12T13:20:00.000000Z"));
        QCOMPARE(a.dataObject().value(u"title").toString(), s("Follow-up Visit \u2013 Sarah Johnson"));
        const TestReply b = book(3, "2026-03-12T14:00:00Z");
        QCOMPARE(b.status, 201);
        const QString path = s("/bookings/%1").arg(a.dataObject().value(u"id").toInt());

        const TestReply longer = http().put(path, obj({ { s("booking_type_id"), 1 } }));
        QCOMPARE(longer.status, 200);
        QCOMPARE(longer.dataObject().value(u"ends_at").toString(), s("2026-03-12T14:00:00.000000Z"));
        QCOMPARE(longer.dataObject().value(u"title").toString(), s("Initial Assessment \u2013 Sarah Johnson"));

        const TestReply onB = http().put(path, obj({ { s("starts_at"), s("2026-03-12T13:30:00Z") } }));
        QCOMPARE(onB.status, 422);
        QCOMPARE(onB.errors().value(u"starts_at").toArray().at(0).toString(), s("The selected slot is not available."));
        QCOMPARE(http().get(path).dataObject().value(u"starts_at").toString(), s("2026-03-12T13:00:00.000000Z"));
        // Overlapping only its own old time is no conflict.
        const TestReply shifted = http().put(path, obj({ { s("booking_type_id"), 2 },
                                                         { s("starts_at"), s("2026-03-12T13:10:00Z") } }));
        QCOMPARE(shifted.status, 200);
        QCOMPARE(shifted.dataObject().value(u"ends_at").toString(), s("2026-03-12T13:30:00.000000Z"));
        // An explicit null resource lets the sandbox pick a free one again.
        const TestReply moved = http().put(path, obj({ { s("resource_id"), QJsonValue::Null },
                                                       { s("starts_at"), s("2026-03-12T14:00:00Z") } }));
        QCOMPARE(moved.status, 200);
        QVERIFY(moved.dataObject().value(u"resource_id").toInt() != 3);
    }

    void completingFiresAndLocksTheBooking()
    {
        const TestReply created = http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                                    { s("starts_at"), s("2026-03-12T13:00:00Z") } }));
        QCOMPARE(created.status, 201);
        const QString path = s("/bookings/%1").arg(created.dataObject().value(u"id").toInt());
        QCOMPARE(http().put(path, obj({ { s("status"), s("pending") } })).dataObject().value(u"status").toString(), s("pending"));
        QCOMPARE(http().put(path, obj({ { s("status"), s("cancelled") } })).status, 422);
        QCOMPARE(http().put(path, obj({ { s("status"), s("completed") } })).dataObject().value(u"status").toString(), s("completed"));
        QCOMPARE(http().put(path, obj({ { s("status"), s("confirmed") } })).status, 422);
        QCOMPARE(http().put(path, obj({ { s("starts_at"), s("2026-03-12T15:00:00Z") } })).status, 422);
        QCOMPARE(http().put(path, obj({ { s("notes"), s("Went well") } })).status, 200);
        const TestReply cancel = http().post(path + u"/cancel");
        QCOMPARE(cancel.status, 422);
        QCOMPARE(cancel.errors().value(u"status").toArray().at(0).toString(), s("A completed booking cannot be cancelled."));
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("empty") << QJsonObject() << QStringList{ s("booking_type_id"), s("contact_id"), s("starts_at") };
        QTest::newRow("unknown contact") << obj({ { s("contact_id"), 999999 }, { s("booking_type_id"), 3 },
                                                  { s("starts_at"), s("2026-03-12T09:00:00Z") } })
                                         << QStringList{ s("contact_id") };
        QTest::newRow("unknown type") << obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 99 },
                                               { s("starts_at"), s("2026-03-12T09:00:00Z") } })
                                      << QStringList{ s("booking_type_id") };
        QTest::newRow("inactive type") << obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 4 },
                                                { s("starts_at"), s("2026-03-12T09:00:00Z") } })
                                       << QStringList{ s("booking_type_id") };
        QTest::newRow("unknown resource") << obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 }, { s("resource_id"), 77 },
                                                   { s("starts_at"), s("2026-03-12T09:00:00Z") } })
                                          << QStringList{ s("resource_id") };
        QTest::newRow("bad date") << obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                           { s("starts_at"), s("next tuesday") } })
                                  << QStringList{ s("starts_at") };
        QTest::newRow("wrong types") << obj({ { s("contact_id"), s("42") }, { s("booking_type_id"), true },
                                              { s("starts_at"), 20260312 } })
                                     << QStringList{ s("booking_type_id"), s("contact_id"), s("starts_at") };
    }

    void createValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, fields);
        const TestReply reply = http().post(s("/bookings"), body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.message(), s("The given data was invalid."));
        QStringList keys = reply.errors().keys();
        keys.sort();
        QCOMPARE(keys, fields);
    }

    void unknownBookingIs404()
    {
        QCOMPARE(http().get(s("/bookings/999999")).status, 404);
        QCOMPARE(http().put(s("/bookings/999999"), obj({ { s("notes"), s("x") } })).status, 404);
        QCOMPARE(http().post(s("/bookings/999999/cancel")).status, 404);
        QCOMPARE(http().get(s("/bookings/abc")).status, 404);
    }

    void listFiltersAndPaging()
    {
        const TestReply byContact = http().get(s("/bookings"), query({ { s("contact_id"), s("42") }, { s("per_page"), s("100") } }));
        QCOMPARE(byContact.status, 200);
        QVERIFY(byContact.dataArray().size() >= 3);
        for (const QJsonValue &b : byContact.dataArray())
            QCOMPARE(b[u"contact_id"].toInt(), 42);

        const TestReply day = http().get(s("/bookings"), query({ { s("from"), s("2026-03-10") }, { s("to"), s("2026-03-10") },
                                                                 { s("per_page"), s("100") } }));
        QCOMPARE(day.status, 200);
        QVERIFY(!day.dataArray().isEmpty());
        QString previous;
        for (const QJsonValue &b : day.dataArray()) {
            QVERIFY(b[u"starts_at"].toString().startsWith(u"2026-03-10T"));
            QVERIFY(b[u"starts_at"].toString() >= previous);
            previous = b[u"starts_at"].toString();
        }

        const TestReply page = http().get(s("/bookings"), query({ { s("per_page"), s("5") }, { s("page"), s("2") } }));
        QCOMPARE(page.dataArray().size(), 5);
        QCOMPARE(page.meta().value(u"current_page").toInt(), 2);
        QCOMPARE(page.meta().value(u"per_page").toInt(), 5);
        const int total = page.meta().value(u"total").toInt();
        QCOMPARE(page.meta().value(u"last_page").toInt(), (total + 4) / 5);

        for (const QString &status : { s("pending"), s("confirmed"), s("cancelled"), s("completed") }) {
            const TestReply r = http().get(s("/bookings"), query({ { s("status"), status } }));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.meta().value(u"total").toInt() > 0, qPrintable(status));
        }
        QCOMPARE(http().get(s("/bookings"), query({ { s("status"), s("done") } })).status, 422);
        QCOMPARE(http().get(s("/bookings"), query({ { s("from"), s("yesterday") } })).status, 422);
        QCOMPARE(http().get(s("/bookings"), query({ { s("contact_id"), s("x") } })).status, 422);
    }

    void badInputIsHandled()
    {
        // Arabic, emoji and SQL metacharacters round-trip exactly; unknown fields are ignored.
        const QString notes = s("موعد أول 😀 — '; DROP TABLE bookings; -- \"quoted\" 100%_");
        const TestReply created = http().post(s("/bookings"), obj({ { s("contact_id"), 43 }, { s("booking_type_id"), 3 },
                                                                    { s("starts_at"), s("2026-03-16T13:30:00+04:00") },
                                                                    { s("notes"), notes }, { s("colour"), s("red") },
                                                                    { s("status"), s("completed") } }));
        QCOMPARE(created.status, 201);
        const QJsonObject b = created.dataObject();
        QCOMPARE(b.value(u"notes").toString(), notes);
        QCOMPARE(b.value(u"status").toString(), s("confirmed")); // new bookings are confirmed
        QCOMPARE(b.value(u"starts_at").toString(), s("2026-03-16T09:30:00.000000Z")); // offset folded to UTC
        QCOMPARE(b.value(u"title").toString(), s("30-Minute Consultation \u2013 أحمد الراشد"));
        QVERIFY(!b.contains(u"colour"));
        QCOMPARE(http().get(s("/bookings/%1").arg(b.value(u"id").toInt())).dataObject().value(u"notes").toString(), notes);
        QVERIFY(http().get(s("/bookings"), query({ { s("per_page"), s("100") } })).meta().value(u"total").toInt() > 0);

        const TestReply huge = http().get(s("/bookings"), query({ { s("per_page"), s("1000000") }, { s("page"), s("-3") } }));
        QCOMPARE(huge.status, 200);
        QCOMPARE(huge.meta().value(u"per_page").toInt(), 100);
        QCOMPARE(huge.meta().value(u"current_page").toInt(), 1);
        const TestReply farPage = http().get(s("/bookings"), query({ { s("page"), s("99999999999999999999") } }));
        QCOMPARE(farPage.status, 200);
        QVERIFY(farPage.dataArray().isEmpty());

        QCOMPARE(http().send("POST", s("/bookings"), "{\"contact_id\": 42,", { { "content-type", "application/json" } }).status, 400);
        QCOMPARE(http().send("POST", s("/bookings"), "[1, 2]", { { "content-type", "application/json" } }).status, 422);
        QCOMPARE(http().post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                   { s("starts_at"), s("2026-03-16T14:00:00Z") }, { s("notes"), 12 } })).status, 422);
        QCOMPARE(http().post(s("/bookings"), obj({ { s("contact_id"), -5 }, { s("booking_type_id"), 3 },
                                                   { s("starts_at"), s("2026-03-16T14:00:00Z") } })).status, 422);
        QCOMPARE(http().get(s("/bookings"), query({ { s("status"), s("' OR 1=1 --") } })).status, 422);
        QCOMPARE(http().send("DELETE", s("/bookings/101")).status, 405);
    }

    void availabilityErrors_data()
    {
        QTest::addColumn<QUrlQuery>("params");
        QTest::addColumn<QString>("field");
        QTest::newRow("no type") << query({ { s("date"), s("2026-03-10") } }) << s("booking_type_id");
        QTest::newRow("no date") << query({ { s("booking_type_id"), s("3") } }) << s("date");
        QTest::newRow("bad date") << query({ { s("booking_type_id"), s("3") }, { s("date"), s("10/03/2026") } }) << s("date");
        QTest::newRow("impossible date") << query({ { s("booking_type_id"), s("3") }, { s("date"), s("2026-02-30") } }) << s("date");
        QTest::newRow("unknown type") << query({ { s("booking_type_id"), s("999") }, { s("date"), s("2026-03-10") } })
                                      << s("booking_type_id");
        QTest::newRow("inactive type") << query({ { s("booking_type_id"), s("4") }, { s("date"), s("2026-03-10") } })
                                       << s("booking_type_id");
        QTest::newRow("type not a number") << query({ { s("booking_type_id"), s("three") }, { s("date"), s("2026-03-10") } })
                                           << s("booking_type_id");
        QTest::newRow("unknown resource") << query({ { s("booking_type_id"), s("3") }, { s("date"), s("2026-03-10") },
                                                     { s("resource_id"), s("55") } })
                                          << s("resource_id");
    }

    void availabilityErrors()
    {
        QFETCH(QUrlQuery, params);
        QFETCH(QString, field);
        const TestReply reply = http().get(s("/bookings/availability"), params);
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.errors().contains(field), reply.body.constData());
    }

    void availabilityEdges()
    {
        const auto slotsFor = [this](const QString &date, const QString &type = s("3")) {
            const TestReply r = http().get(s("/bookings/availability"),
                                           query({ { s("booking_type_id"), type }, { s("date"), date } }));
            return r.dataObject().value(u"slots").toArray();
        };
        QVERIFY(slotsFor(s("2026-03-08")).isEmpty()); // Sunday
        const QJsonArray past = slotsFor(s("2026-03-03"));
        QCOMPARE(past.size(), 16);
        for (const QJsonValue &slot : past)
            QCOMPARE(slot[u"available"].toBool(), false);
        // "Now" is 09:00 on 4 March: the 09:00 slot has started, 09:30 has not.
        const QJsonArray today = slotsFor(s("2026-03-04"));
        QCOMPARE(today.at(0)[u"available"].toBool(), false);
        QCOMPARE(slotsFor(s("2026-03-10"), s("1")).size(), 8);

        // The account's zone moves business hours: Dubai is UTC+4.
        QCOMPARE(http().patch(s("/account"), obj({ { s("timezone"), s("Asia/Dubai") } })).status, 200);
        const QJsonArray dubai = slotsFor(s("2026-03-10"));
        QCOMPARE(dubai.at(0)[u"starts_at"].toString(), s("2026-03-10T05:00:00Z"));
        QCOMPARE(dubai.last()[u"ends_at"].toString(), s("2026-03-10T13:00:00Z"));
        // Across London's spring-forward (Sunday 29 March) opening moves from 09:00Z to 08:00Z.
        QCOMPARE(http().patch(s("/account"), obj({ { s("timezone"), s("Europe/London") } })).status, 200);
        QCOMPARE(slotsFor(s("2026-03-28")).at(0)[u"starts_at"].toString(), s("2026-03-28T09:00:00Z"));
        QVERIFY(slotsFor(s("2026-03-29")).isEmpty());
        QCOMPARE(slotsFor(s("2026-03-30")).at(0)[u"starts_at"].toString(), s("2026-03-30T08:00:00Z"));
        QCOMPARE(slotsFor(s("2026-03-30")).size(), 16);
        QCOMPARE(http().patch(s("/account"), obj({ { s("timezone"), s("UTC") } })).status, 200);
        QCOMPARE(slotsFor(s("2026-03-10")).at(0)[u"starts_at"].toString(), s("2026-03-10T09:00:00Z"));
    }

    void inactiveResourcesAreNeitherBookableNorCounted()
    {
        // A server of its own in this thread, so the test can switch resources off in SQL
        // (v1 has no endpoint for it); TestHttp's event loop lets it answer.
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        Sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        TestHttp local(server.baseUrl(), server.demoApiKey());
        server.context().database.exec(s("UPDATE resources SET is_active = 0 WHERE id IN (2, 3, 4)"));

        const QUrlQuery onTwo = query({ { s("booking_type_id"), s("3") }, { s("date"), s("2026-03-10") },
                                        { s("resource_id"), s("2") } });
        QCOMPARE(local.get(s("/bookings/availability"), onTwo).status, 422);
        QCOMPARE(local.post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 }, { s("resource_id"), 2 },
                                                  { s("starts_at"), s("2026-03-10T13:00:00Z") } })).status, 422);
        // Only resource 1 is left, and booking 101 holds it at 14:00 on 10 March.
        const QJsonArray slotList = local.get(s("/bookings/availability"),
                                              query({ { s("booking_type_id"), s("3") }, { s("date"), s("2026-03-10") } }))
                                        .dataObject().value(u"slots").toArray();
        QCOMPARE(slotList.at(10)[u"starts_at"].toString(), s("2026-03-10T14:00:00Z"));
        QCOMPARE(slotList.at(10)[u"available"].toBool(), false);
        const TestReply none = local.post(s("/bookings"), obj({ { s("contact_id"), 42 }, { s("booking_type_id"), 3 },
                                                               { s("starts_at"), s("2026-03-10T14:00:00Z") } }));
        QCOMPARE(none.status, 422);
        QVERIFY(none.errors().contains(u"starts_at"));
        // The resources list still shows them, marked inactive.
        int inactive = 0;
        for (const QJsonValue &r : local.get(s("/bookings/resources")).dataArray())
            inactive += r[u"is_active"].toBool() ? 0 : 1;
        QCOMPARE(inactive, 3);
    }

private:
    TestHttp &http() { return m_fixture->http(); }
    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxBookings)
#include "tst_sandbox_bookings.moc"
