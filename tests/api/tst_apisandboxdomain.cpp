// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BookingsApi and WebhooksApi against the real sandbox with its demo data (clock pinned at
// 2026-03-04T09:00:00Z): the seed 004 examples, the booking rules' errors, and webhooks
// delivering to a peer inside this test.
#include "apierrortext.h"
#include "rawhttppeer.h"
#include "restbookingsapi.h"
#include "restwebhooksapi.h"
#include "sandboxcall.h"
#include "sandboxclienttest.h"
#include "timestamp.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace {
QDateTime at(const char *text)
{
    return Timestamp::parse(QString::fromLatin1(text));
}
} // namespace

class TestApiSandboxDomain : public SandboxClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSandbox(QStringLiteral("demo")));
        createClient();
    }

    void cleanupTestCase()
    {
        destroyClient();
        m_fixture.reset();
    }

    void seedBookingExamples()
    {
        RestBookingsApi api(m_client.get());
        const ApiResult<Booking> booking = AWAIT(Booking, api.get(101, ctx, cb));
        QVERIFY2(booking.isOk(), qPrintable(booking.error().detail));
        QCOMPARE(booking.value().contactId, 42);
        QCOMPARE(booking.value().bookingTypeId, 3);
        QCOMPARE(booking.value().resourceId, std::optional<qint64>(1));
        QCOMPARE(booking.value().startsAt, at("2026-03-10T14:00:00Z"));
        QCOMPARE(booking.value().status, QStringLiteral("confirmed"));
        QCOMPARE(booking.value().notes, QStringLiteral("First-time client"));

        BookingQuery query;
        query.status = QStringLiteral("confirmed");
        query.from = at("2026-03-01T00:00:00Z");
        query.page.perPage = 100;
        const ApiResult<Page<Booking>> confirmed = AWAIT(Page<Booking>, api.list(query, ctx, cb));
        QVERIFY(confirmed.isOk());
        QVERIFY(!confirmed.value().items.isEmpty());
        bool has101 = false;
        for (const Booking &b : confirmed.value().items) {
            QCOMPARE(b.status, QStringLiteral("confirmed"));
            QVERIFY(b.startsAt >= query.from);
            has101 = has101 || b.id == 101;
        }
        QVERIFY(has101 || confirmed.value().meta.hasMore());

        const ApiResult<QList<BookingType>> types
            = AWAIT(QList<BookingType>, api.listTypes(ctx, cb));
        QVERIFY(types.isOk());
        const auto consultation = std::find_if(types.value().cbegin(), types.value().cend(),
            [](const BookingType &t) { return t.id == 3; });
        QVERIFY(consultation != types.value().cend());
        QCOMPARE(consultation->name, QStringLiteral("30-Minute Consultation"));
        QCOMPARE(consultation->durationMinutes, 30);

        const ApiResult<QList<Resource>> resources
            = AWAIT(QList<Resource>, api.listResources(ctx, cb));
        QVERIFY(resources.isOk());
        QVERIFY(!resources.value().isEmpty());
        QCOMPARE(resources.value().constFirst().name, QStringLiteral("Dr. Ahmed Al-Rashid"));
        QCOMPARE(resources.value().constFirst().type, QStringLiteral("staff"));
    }

    void availabilityStepsByTheTypesDuration()
    {
        RestBookingsApi api(m_client.get());
        AvailabilityQuery query;
        query.bookingTypeId = 3;
        query.date = QDate(2026, 3, 10);
        query.resourceId = 1;
        const ApiResult<AvailabilityDay> day
            = AWAIT(AvailabilityDay, api.availability(query, ctx, cb));
        QVERIFY2(day.isOk(), qPrintable(day.error().detail + userMessage(day.error())));
        QCOMPARE(day.value().date, QDate(2026, 3, 10));
        QVERIFY(!day.value().timeSlots.isEmpty());
        QCOMPARE(day.value().timeSlots.constFirst().startsAt, at("2026-03-10T09:00:00Z"));
        for (const Slot &slot : day.value().timeSlots)
            QCOMPARE(slot.startsAt.secsTo(slot.endsAt), 30 * 60);
        // Booking 101 holds resource 1 at 14:00.
        const auto twoPm
            = std::find_if(day.value().timeSlots.cbegin(), day.value().timeSlots.cend(),
                [](const Slot &s) { return s.startsAt == at("2026-03-10T14:00:00Z"); });
        QVERIFY(twoPm != day.value().timeSlots.cend());
        QVERIFY(!twoPm->available);

        AvailabilityQuery unknownType = query;
        unknownType.bookingTypeId = 999;
        const ApiResult<AvailabilityDay> refused
            = AWAIT(AvailabilityDay, api.availability(unknownType, ctx, cb));
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
    }

    void bookingLifecycle()
    {
        RestBookingsApi api(m_client.get());
        BookingInput clash;
        clash.contactId = 42;
        clash.bookingTypeId = 3;
        clash.resourceId = 1;
        clash.startsAt = at("2026-03-10T14:00:00Z");
        const ApiResult<Booking> overlapping = AWAIT(Booking, api.create(clash, ctx, cb));
        QCOMPARE(overlapping.error().kind, ApiError::Kind::Validation);
        QVERIFY(overlapping.error().fieldErrors.contains(QStringLiteral("starts_at")));

        BookingInput input = clash;
        input.startsAt = at("2026-03-12T11:00:00Z");
        input.notes = QStringLiteral("Booked from the API test");
        const ApiResult<Booking> created = AWAIT(Booking, api.create(input, ctx, cb));
        QVERIFY2(created.isOk(), qPrintable(userMessage(created.error())));
        QCOMPARE(created.value().status, QStringLiteral("confirmed"));
        QCOMPARE(created.value().startsAt, at("2026-03-12T11:00:00Z"));
        QCOMPARE(created.value().endsAt, at("2026-03-12T11:30:00Z"));
        const qint64 id = created.value().id;

        BookingInput move;
        move.startsAt = at("2026-03-12T15:00:00Z");
        move.notes = QStringLiteral("Rescheduled per client request");
        const ApiResult<Booking> moved = AWAIT(Booking, api.update(id, move, ctx, cb));
        QVERIFY2(moved.isOk(), qPrintable(userMessage(moved.error())));
        QCOMPARE(moved.value().endsAt, at("2026-03-12T15:30:00Z"));
        QCOMPARE(moved.value().notes, QStringLiteral("Rescheduled per client request"));

        const ApiResult<Booking> cancelled = AWAIT(Booking, api.cancel(id, ctx, cb));
        QVERIFY(cancelled.isOk());
        QCOMPARE(cancelled.value().id, id);
        QCOMPARE(cancelled.value().status, QStringLiteral("cancelled"));
        const ApiResult<Booking> twice = AWAIT(Booking, api.cancel(id, ctx, cb));
        QCOMPARE(twice.error().kind, ApiError::Kind::Validation);

        const ApiResult<Booking> missing = AWAIT(Booking, api.get(987654, ctx, cb));
        QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    }

    void webhookLifecycle()
    {
        RawHttpPeer receiver;
        QVERIFY(receiver.listen());
        RestWebhooksApi api(m_client.get());

        const ApiResult<QList<WebhookEvent>> events
            = AWAIT(QList<WebhookEvent>, api.listEvents(ctx, cb));
        QVERIFY(events.isOk());
        QCOMPARE(events.value().size(), 10);

        WebhookInput bad;
        bad.url = QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port());
        bad.events = QStringList { QStringLiteral("booking.exploded") };
        const ApiResult<Webhook> refused = AWAIT(Webhook, api.create(bad, ctx, cb));
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QVERIFY(!refused.error().fieldErrors.isEmpty());

        WebhookInput input = bad;
        input.description = QStringLiteral("CRM sync");
        input.events
            = QStringList { QStringLiteral("booking.created"), QStringLiteral("contact.created") };
        const ApiResult<Webhook> created = AWAIT(Webhook, api.create(input, ctx, cb));
        QVERIFY2(created.isOk(), qPrintable(userMessage(created.error())));
        const qint64 id = created.value().id;
        const QString fullSecret = created.value().secret;
        QVERIFY(fullSecret.startsWith(QStringLiteral("whsec_")));
        QCOMPARE(created.value().events.size(), 2);

        const ApiResult<Webhook> fetched = AWAIT(Webhook, api.get(id, ctx, cb));
        QVERIFY(fetched.isOk());
        QVERIFY(fetched.value().secret != fullSecret); // masked outside create/regenerate
        QVERIFY(fetched.value().secret.endsWith(fullSecret.right(4)));

        WebhookInput rename;
        rename.description = QStringLiteral("CRM sync (EU)");
        const ApiResult<Webhook> updated = AWAIT(Webhook, api.update(id, rename, ctx, cb));
        QVERIFY(updated.isOk());
        QCOMPARE(updated.value().description, QStringLiteral("CRM sync (EU)"));

        const ApiResult<Page<Webhook>> listed
            = AWAIT(Page<Webhook>, api.list(PageRequest(), ctx, cb));
        QVERIFY(listed.isOk());
        QVERIFY(std::any_of(listed.value().items.cbegin(), listed.value().items.cend(),
            [id](const Webhook &w) { return w.id == id; }));

        const ApiResult<WebhookDelivery> delivery
            = AWAIT(WebhookDelivery, api.sendTest(id, QStringLiteral("booking.created"), ctx, cb));
        QVERIFY2(delivery.isOk(), qPrintable(userMessage(delivery.error())));
        QCOMPARE(delivery.value().webhookId, id);
        QCOMPARE(delivery.value().event, QStringLiteral("booking.created"));
        // The sandbox answers at once with the pending record and delivers right after.
        QCOMPARE(delivery.value().status, QStringLiteral("pending"));
        QCOMPARE(delivery.value().attempt, 1);
        QVERIFY(!delivery.value().requestBody.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 10000);
        QVERIFY(receiver.requests()
                    .constLast()
                    .headers.value("x-skylight-signature")
                    .startsWith("sha256="));

        DeliveryQuery successes;
        successes.status = QStringLiteral("success");
        std::optional<WebhookDelivery> logged;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const ApiResult<Page<WebhookDelivery>> log
                = AWAIT(Page<WebhookDelivery>, api.listDeliveries(id, successes, ctx, cb));
            if (log && !log.value().items.isEmpty())
                logged = log.value().items.constFirst();
            return logged.has_value();
        }()),
            10000);
        QCOMPARE(logged->id, delivery.value().id);
        QCOMPARE(logged->status, QStringLiteral("success"));
        QCOMPARE(logged->responseStatus, std::optional<int>(200));

        const ApiResult<WebhookSecret> rotated
            = AWAIT(WebhookSecret, api.regenerateSecret(id, ctx, cb));
        QVERIFY(rotated.isOk());
        QCOMPARE(rotated.value().id, id);
        QVERIFY(rotated.value().secret.startsWith(QStringLiteral("whsec_")));
        QVERIFY(rotated.value().secret != fullSecret);

        QVERIFY(AWAIT(ApiDone, api.remove(id, ctx, cb)).isOk());
        QCOMPARE(AWAIT(Webhook, api.get(id, ctx, cb)).error().kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestApiSandboxDomain)
#include "tst_apisandboxdomain.moc"
