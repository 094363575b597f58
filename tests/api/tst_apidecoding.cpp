// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every value type decoded from the API documents' own examples (the seed's Bookings
// section and the contract's shapes, copied here so the test needs nothing outside the
// repository), and from malformed input: tolerant where the contract says so, an error
// (never a crash) on a wrong type.
#include "account.h"
#include "apidecode.h"
#include "availabilityday.h"
#include "blackliststate.h"
#include "booking.h"
#include "bookingtype.h"
#include "channel.h"
#include "contact.h"
#include "conversation.h"
#include "message.h"
#include "note.h"
#include "resource.h"
#include "subscription.h"
#include "teammember.h"
#include "webhook.h"
#include "webhookdelivery.h"
#include "webhookevent.h"
#include "webhooksecret.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace {
QJsonValue parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

template<typename T> T decodeOk(const char *json)
{
    const ApiResult<T> result = ApiDecode::value<T>(parse(json));
    if (!result)
        qWarning("decode failed: %s", qPrintable(result.error().detail));
    return result ? result.value() : T();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Decodes any value type by name, so one data-driven test covers them all.
ApiError decodeByName(const QString &type, const QJsonValue &data)
{
    static const QMap<QString, std::function<ApiError(const QJsonValue &)>> decoders = {
        { QStringLiteral("Account"),
            [](const QJsonValue &v) { return ApiDecode::value<Account>(v).error(); } },
        { QStringLiteral("Subscription"),
            [](const QJsonValue &v) { return ApiDecode::value<Subscription>(v).error(); } },
        { QStringLiteral("Channel"),
            [](const QJsonValue &v) { return ApiDecode::value<Channel>(v).error(); } },
        { QStringLiteral("Contact"),
            [](const QJsonValue &v) { return ApiDecode::value<Contact>(v).error(); } },
        { QStringLiteral("Note"),
            [](const QJsonValue &v) { return ApiDecode::value<Note>(v).error(); } },
        { QStringLiteral("Conversation"),
            [](const QJsonValue &v) { return ApiDecode::value<Conversation>(v).error(); } },
        { QStringLiteral("Message"),
            [](const QJsonValue &v) { return ApiDecode::value<Message>(v).error(); } },
        { QStringLiteral("Booking"),
            [](const QJsonValue &v) { return ApiDecode::value<Booking>(v).error(); } },
        { QStringLiteral("BookingType"),
            [](const QJsonValue &v) { return ApiDecode::value<BookingType>(v).error(); } },
        { QStringLiteral("Resource"),
            [](const QJsonValue &v) { return ApiDecode::value<Resource>(v).error(); } },
        { QStringLiteral("AvailabilityDay"),
            [](const QJsonValue &v) { return ApiDecode::value<AvailabilityDay>(v).error(); } },
        { QStringLiteral("Webhook"),
            [](const QJsonValue &v) { return ApiDecode::value<Webhook>(v).error(); } },
        { QStringLiteral("WebhookDelivery"),
            [](const QJsonValue &v) { return ApiDecode::value<WebhookDelivery>(v).error(); } },
        { QStringLiteral("WebhookEvent"),
            [](const QJsonValue &v) { return ApiDecode::value<WebhookEvent>(v).error(); } },
        { QStringLiteral("WebhookSecret"),
            [](const QJsonValue &v) { return ApiDecode::value<WebhookSecret>(v).error(); } },
        { QStringLiteral("BlacklistState"),
            [](const QJsonValue &v) { return ApiDecode::value<BlacklistState>(v).error(); } },
        { QStringLiteral("TeamMember"),
            [](const QJsonValue &v) { return ApiDecode::value<TeamMember>(v).error(); } },
        { QStringLiteral("ContactList"),
            [](const QJsonValue &v) { return ApiDecode::list<Contact>(v).error(); } },
    };
    return decoders.value(type)(data);
}
} // namespace

class TestApiDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheSeedBooking()
    {
        const Booking booking = decodeOk<Booking>(R"({
            "id": 101, "contact_id": 42, "booking_type_id": 3, "resource_id": 1,
            "title": "Consultation – Sarah Johnson",
            "starts_at": "2026-03-10T14:00:00.000000Z", "ends_at": "2026-03-10T15:00:00.000000Z",
            "status": "confirmed", "notes": "First-time client",
            "created_at": "2026-03-04T09:00:00.000000Z", "updated_at": "2026-03-04T09:00:00.000000Z" })");
        QCOMPARE(booking.id, 101);
        QCOMPARE(booking.contactId, 42);
        QCOMPARE(booking.bookingTypeId, 3);
        QCOMPARE(booking.resourceId, std::optional<qint64>(1));
        QCOMPARE(booking.title, QStringLiteral("Consultation – Sarah Johnson"));
        QCOMPARE(booking.startsAt, utc(2026, 3, 10, 14, 0));
        QCOMPARE(booking.endsAt, utc(2026, 3, 10, 15, 0));
        QCOMPARE(booking.status, QStringLiteral("confirmed"));
        QCOMPARE(booking.notes, QStringLiteral("First-time client"));
        QCOMPARE(booking.createdAt, utc(2026, 3, 4, 9, 0));
    }

    void decodesTheSeedCreateAndCancelAnswers()
    {
        // The seed's 201 answer leaves out title, resource and notes.
        const Booking created
            = decodeOk<Booking>(R"({"id": 101, "contact_id": 42, "booking_type_id": 3,
            "starts_at": "2026-03-10T14:00:00.000000Z", "ends_at": "2026-03-10T15:00:00.000000Z",
            "status": "confirmed"})");
        QCOMPARE(created.id, 101);
        QVERIFY(!created.resourceId);
        QVERIFY(created.title.isEmpty());
        QVERIFY(!created.createdAt.isValid());
        const Booking cancelled = decodeOk<Booking>(R"({ "id": 101, "status": "cancelled" })");
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        const Booking unassigned
            = decodeOk<Booking>(R"({ "id": 5, "resource_id": null, "notes": null })");
        QVERIFY(!unassigned.resourceId);
        QVERIFY(unassigned.notes.isEmpty());
    }

    void decodesTheSeedBookingTypesResourcesAndSlots()
    {
        const ApiResult<QList<BookingType>> types
            = ApiDecode::list<BookingType>(parse(R"([{ "id": 3,
            "name": "30-Minute Consultation", "duration_minutes": 30,
            "description": "One-on-one consultation session", "is_active": true }])"));
        QVERIFY(types.isOk());
        QCOMPARE(types.value().size(), 1);
        QCOMPARE(types.value().constFirst().name, QStringLiteral("30-Minute Consultation"));
        QCOMPARE(types.value().constFirst().durationMinutes, 30);
        QVERIFY(types.value().constFirst().isActive);

        const Resource resource = decodeOk<Resource>(
            R"({ "id": 1, "name": "Dr. Ahmed Al-Rashid", "type": "staff", "is_active": true })");
        QCOMPARE(resource.name, QStringLiteral("Dr. Ahmed Al-Rashid"));
        QCOMPARE(resource.type, QStringLiteral("staff"));

        const AvailabilityDay day = decodeOk<AvailabilityDay>(R"({ "date": "2026-03-10", "slots": [
            { "starts_at": "2026-03-10T09:00:00Z", "ends_at": "2026-03-10T09:30:00Z", "available": true },
            { "starts_at": "2026-03-10T09:30:00Z", "ends_at": "2026-03-10T10:00:00Z", "available": false },
            { "starts_at": "2026-03-10T10:00:00Z", "ends_at": "2026-03-10T10:30:00Z", "available": true } ] })");
        QCOMPARE(day.date, QDate(2026, 3, 10));
        QCOMPARE(day.timeSlots.size(), 3);
        QCOMPARE(day.timeSlots.at(1).startsAt, utc(2026, 3, 10, 9, 30));
        QCOMPARE(day.timeSlots.at(1).endsAt, utc(2026, 3, 10, 10, 0));
        QVERIFY(day.timeSlots.at(0).available);
        QVERIFY(!day.timeSlots.at(1).available);
    }

    void decodesContactsAndNotes()
    {
        const Contact contact = decodeOk<Contact>(R"({ "id": 42, "name": "Sarah Johnson",
            "phone": "+971501234567", "email": "sarah@example.com", "channel": "whatsapp",
            "avatar_url": null, "tags": ["vip"], "is_blacklisted": false,
            "custom_fields": { "company": "Acme" }, "last_message_at": "2026-03-04T09:00:00.000000Z",
            "created_at": "2026-03-01T09:00:00.000000Z", "updated_at": "2026-03-02T09:00:00.000000Z",
            "some_future_field": {"x": 1} })");
        QCOMPARE(contact.id, 42);
        QCOMPARE(contact.phone, QStringLiteral("+971501234567"));
        QCOMPARE(contact.tags, QStringList { QStringLiteral("vip") });
        QVERIFY(contact.avatarUrl.isEmpty());
        QCOMPARE(contact.customFields.value(QStringLiteral("company")).toString(),
            QStringLiteral("Acme"));
        QCOMPARE(contact.lastMessageAt, utc(2026, 3, 4, 9, 0));
        QCOMPARE(contact.updatedAt, utc(2026, 3, 2, 9, 0));

        const Contact bare = decodeOk<Contact>(R"({ "id": 7, "custom_fields": [] })");
        QVERIFY(bare.name.isEmpty());
        QVERIFY(bare.tags.isEmpty());
        QVERIFY(bare.customFields.isEmpty());

        const Note note
            = decodeOk<Note>(R"({ "id": 7, "contact_id": 42, "content": "Prefers mornings",
            "author": { "id": 3, "name": "Mona" }, "created_at": "2026-03-04T09:00:00.000000Z" })");
        QCOMPARE(note.content, QStringLiteral("Prefers mornings"));
        QVERIFY(note.author);
        QCOMPARE(note.author->name, QStringLiteral("Mona"));
        const Note anonymous
            = decodeOk<Note>(R"({ "id": 8, "contact_id": 42, "content": "x", "author": null })");
        QVERIFY(!anonymous.author);

        const BlacklistState state
            = decodeOk<BlacklistState>(R"({ "id": 42, "is_blacklisted": true })");
        QCOMPARE(state.id, 42);
        QVERIFY(state.isBlacklisted);
    }

    void toleratesWhatOtherServersSend()
    {
        // Integral doubles, 0/1 booleans and a whole-number id written as 7.0 are all fine.
        const Contact contact = decodeOk<Contact>(R"({"id": 7.0, "is_blacklisted": 1, "tags": [],
            "created_at": "2026-03-10T14:00:00+04:00", "unknown": [1, 2, 3]})");
        QCOMPARE(contact.id, 7);
        QVERIFY(contact.isBlacklisted);
        QCOMPARE(contact.createdAt, utc(2026, 3, 10, 10, 0));
        const TeamMember member = decodeOk<TeamMember>(R"({"id": 3, "is_active": 0})");
        QVERIFY(!member.isActive);
        // A missing "is_active" keeps the documented default (active).
        QVERIFY(decodeOk<Resource>(R"({"id": 1})").isActive);
    }

    void decodesConversationsAndMessages()
    {
        const Conversation conversation = decodeOk<Conversation>(R"({ "id": 9,
            "contact": { "id": 42, "name": "سارة", "phone": "+971501234567", "avatar_url": null },
            "channel": "whatsapp", "last_message": { "id": 501, "content": "Hello", "direction": "inbound",
            "type": "text", "created_at": "2026-03-04T09:00:00.000000Z" },
            "unread_count": 2, "updated_at": "2026-03-04T09:00:00.000000Z" })");
        QCOMPARE(conversation.id, 9);
        QCOMPARE(conversation.contact.id, 42);
        QCOMPARE(conversation.contact.name, QStringLiteral("سارة"));
        QVERIFY(conversation.lastMessage);
        QCOMPARE(conversation.lastMessage->id, 501);
        QVERIFY(conversation.lastMessage->isInbound());
        QCOMPARE(conversation.unreadCount, 2);

        const Message message
            = decodeOk<Message>(R"({ "id": 501, "contact_id": 42, "channel": "whatsapp",
            "direction": "outbound", "type": "image", "content": "", "media_url": "https:\/\/cdn.test/a.png",
            "status": "delivered", "sent_by": { "id": 3, "name": "Mona" },
            "created_at": "2026-03-04T09:00:00.000000Z" })");
        QCOMPARE(message.type, QStringLiteral("image"));
        QCOMPARE(message.mediaUrl, QStringLiteral("https://cdn.test/a.png"));
        QCOMPARE(message.status, QStringLiteral("delivered"));
        QVERIFY(message.sentBy);
        QCOMPARE(message.sentBy->id, 3);
        QVERIFY(!message.isInbound());
        const Message minimal = decodeOk<Message>(R"({ "id": 1, "sent_by": null })");
        QCOMPARE(minimal.type, QStringLiteral("text"));
        QVERIFY(!minimal.sentBy);
    }

    void decodesWebhooks()
    {
        const Webhook webhook
            = decodeOk<Webhook>(R"({ "id": 5, "url": "https:\/\/example.com/hooks/skylight",
            "description": "CRM sync", "events": ["contact.created", "booking.created"], "is_active": true,
            "secret": "whsec_••••abcd", "created_at": "2026-03-04T09:00:00.000000Z",
            "updated_at": "2026-03-04T09:00:00.000000Z" })");
        // "\/" in the JSON above: moc would read an unescaped "//" in a raw string as a comment.
        QCOMPARE(webhook.url, QStringLiteral("https://example.com/hooks/skylight"));
        QCOMPARE(webhook.events.size(), 2);
        QCOMPARE(webhook.secret, QStringLiteral("whsec_••••abcd"));

        const WebhookDelivery delivery = decodeOk<WebhookDelivery>(R"({ "id": 88, "webhook_id": 5,
            "event": "booking.created", "status": "failed", "attempt": 2, "response_status": 500,
            "duration_ms": 212, "request_body": "{}", "response_body": "oops", "error": null,
            "created_at": "2026-03-04T09:00:00.000000Z" })");
        QCOMPARE(delivery.webhookId, 5);
        QCOMPARE(delivery.attempt, 2);
        QCOMPARE(delivery.responseStatus, std::optional<int>(500));
        QCOMPARE(delivery.durationMs, 212);
        QVERIFY(delivery.error.isEmpty());
        const WebhookDelivery refused = decodeOk<WebhookDelivery>(
            R"({ "id": 89, "response_status": null, "error": "connection refused" })");
        QVERIFY(!refused.responseStatus);
        QCOMPARE(refused.error, QStringLiteral("connection refused"));

        const ApiResult<QList<WebhookEvent>> events = ApiDecode::list<WebhookEvent>(parse(
            R"([{ "name": "contact.created", "description": "A contact was created" },
                { "name": "ticket.created", "description": "A ticket was created" }])"));
        QVERIFY(events.isOk());
        QCOMPARE(events.value().size(), 2);
        QCOMPARE(events.value().at(1).name, QStringLiteral("ticket.created"));

        const WebhookSecret secret
            = decodeOk<WebhookSecret>(R"({ "id": 5, "secret": "whsec_abc123" })");
        QCOMPARE(secret.secret, QStringLiteral("whsec_abc123"));
    }

    void decodesAccountSubscriptionChannelsAndTeam()
    {
        const Account account = decodeOk<Account>(R"({ "id": 1, "business_name": "Acme Clinic",
            "email": "hello@acme.test", "phone": "+97140000000", "timezone": "Asia/Dubai", "locale": "en",
            "logo_url": null, "created_at": "2026-01-01T00:00:00.000000Z" })");
        QCOMPARE(account.businessName, QStringLiteral("Acme Clinic"));
        QCOMPARE(account.timezone, QStringLiteral("Asia/Dubai"));
        QVERIFY(account.logoUrl.isEmpty());

        const Subscription subscription = decodeOk<Subscription>(R"({ "plan": { "code": "pro",
            "name": "Pro", "price": 49.0, "currency": "USD", "interval": "month" }, "status": "active",
            "current_period_end": "2026-04-01T00:00:00.000000Z",
            "limits": { "contacts": 10000, "team_members": 10, "monthly_messages": 50000, "channels": 5 },
            "usage": { "contacts": 120, "team_members": 4, "monthly_messages": 1500, "channels": 3 } })");
        QCOMPARE(subscription.plan.code, QStringLiteral("pro"));
        QCOMPARE(subscription.plan.price, 49.0);
        QCOMPARE(subscription.limits.contacts, 10000);
        QCOMPARE(subscription.limits.teamMembers, 10);
        QCOMPARE(subscription.usage.monthlyMessages, 1500);
        QCOMPARE(subscription.usage.channels, 3);
        QCOMPARE(subscription.currentPeriodEnd, utc(2026, 4, 1, 0, 0));
        const Subscription sparse
            = decodeOk<Subscription>(R"({ "plan": { "price": "49.00" }, "status": "trialing" })");
        QCOMPARE(sparse.plan.price, 49.0);
        QCOMPARE(sparse.limits.contacts, -1);

        const ApiResult<QList<Channel>> channels = ApiDecode::list<Channel>(parse(R"([
            { "channel": "whatsapp", "status": "connected", "identifier": "+971500000000",
              "connected_at": "2026-01-02T00:00:00.000000Z" },
            { "channel": "telegram", "status": "disconnected", "identifier": null, "connected_at": null }])"));
        QVERIFY(channels.isOk());
        QCOMPARE(channels.value().size(), 2);
        QVERIFY(channels.value().at(0).isConnected());
        QVERIFY(!channels.value().at(1).isConnected());
        QVERIFY(!channels.value().at(1).connectedAt.isValid());

        const TeamMember member = decodeOk<TeamMember>(R"({ "id": 3, "name": "Mona Saeed",
            "email": "mona@example.com", "role": "admin", "is_active": true, "last_seen_at": null,
            "created_at": "2026-01-01T00:00:00.000000Z" })");
        QCOMPARE(member.role, QStringLiteral("admin"));
        QVERIFY(member.isActive);
        QVERIFY(!member.lastSeenAt.isValid());
    }

    void wrongTypesAreMalformedNotCrashes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::newRow("account: missing id")
            << QStringLiteral("Account") << QByteArray(R"({"business_name":"x"})")
            << QStringLiteral("data.id should be present");
        QTest::newRow("account: name is a number")
            << QStringLiteral("Account") << QByteArray(R"({"id":1,"business_name":5})")
            << QStringLiteral("data.business_name should be a string");
        QTest::newRow("account: not an object") << QStringLiteral("Account") << QByteArray(R"([1])")
                                                << QStringLiteral("data should be an object");
        QTest::newRow("subscription: plan is a string")
            << QStringLiteral("Subscription") << QByteArray(R"({"plan":"pro"})")
            << QStringLiteral("data.plan should be an object");
        QTest::newRow("subscription: limit is fractional")
            << QStringLiteral("Subscription") << QByteArray(R"({"limits":{"contacts":1.5}})")
            << QStringLiteral("data.limits.contacts should be an integer");
        QTest::newRow("channel: status is bool")
            << QStringLiteral("Channel") << QByteArray(R"({"status":true})")
            << QStringLiteral("data.status should be a string");
        QTest::newRow("contact: id is a string")
            << QStringLiteral("Contact") << QByteArray(R"({"id":"42"})")
            << QStringLiteral("data.id should be an integer");
        QTest::newRow("contact: tags is a string")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1,"tags":"vip"})")
            << QStringLiteral("data.tags should be an array of strings");
        QTest::newRow("contact: tag is a number")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1,"tags":[1]})")
            << QStringLiteral("data.tags should be an array of strings");
        QTest::newRow("contact: bad time")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1,"created_at":"last tuesday"})")
            << QStringLiteral("data.created_at should be an ISO 8601 time");
        QTest::newRow("contact: blacklisted is a string")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1,"is_blacklisted":"yes"})")
            << QStringLiteral("data.is_blacklisted should be true or false");
        QTest::newRow("contact: custom fields is a string")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1,"custom_fields":"x"})")
            << QStringLiteral("data.custom_fields should be an object");
        QTest::newRow("note: author is a string")
            << QStringLiteral("Note") << QByteArray(R"({"id":1,"author":"Mona"})")
            << QStringLiteral("data.author should be an object");
        QTest::newRow("conversation: contact id is a string")
            << QStringLiteral("Conversation") << QByteArray(R"({"id":1,"contact":{"id":"x"}})")
            << QStringLiteral("data.contact.id should be an integer");
        QTest::newRow("conversation: last message without id")
            << QStringLiteral("Conversation")
            << QByteArray(R"({"id":1,"last_message":{"content":"x"}})")
            << QStringLiteral("data.last_message.id should be present");
        QTest::newRow("message: sent_by id missing")
            << QStringLiteral("Message") << QByteArray(R"({"id":1,"sent_by":{"name":"x"}})")
            << QStringLiteral("data.sent_by.id should be present");
        QTest::newRow("booking: resource id is a string")
            << QStringLiteral("Booking") << QByteArray(R"({"id":1,"resource_id":"1"})")
            << QStringLiteral("data.resource_id should be an integer");
        QTest::newRow("booking type: duration is a string")
            << QStringLiteral("BookingType") << QByteArray(R"({"id":1,"duration_minutes":"30"})")
            << QStringLiteral("data.duration_minutes should be an integer");
        QTest::newRow("resource: active is a string")
            << QStringLiteral("Resource") << QByteArray(R"({"id":1,"is_active":"no"})")
            << QStringLiteral("data.is_active should be true or false");
        QTest::newRow("availability: slots is an object")
            << QStringLiteral("AvailabilityDay")
            << QByteArray(R"({"date":"2026-03-10","slots":{}})")
            << QStringLiteral("data.slots should be an array");
        QTest::newRow("availability: slot is a string")
            << QStringLiteral("AvailabilityDay") << QByteArray(R"({"slots":["09:00"]})")
            << QStringLiteral("data.slots[0] should be an object");
        QTest::newRow("availability: slot without start")
            << QStringLiteral("AvailabilityDay") << QByteArray(R"({"slots":[{"available":true}]})")
            << QStringLiteral("data.slots[0].starts_at should be present");
        QTest::newRow("availability: bad date")
            << QStringLiteral("AvailabilityDay") << QByteArray(R"({"date":"10/03/2026"})")
            << QStringLiteral("data.date should be a YYYY-MM-DD date");
        QTest::newRow("webhook: events is a string")
            << QStringLiteral("Webhook") << QByteArray(R"({"id":1,"events":"booking.created"})")
            << QStringLiteral("data.events should be an array of strings");
        QTest::newRow("delivery: status code is a string")
            << QStringLiteral("WebhookDelivery")
            << QByteArray(R"({"id":1,"response_status":"500"})")
            << QStringLiteral("data.response_status should be an integer");
        QTest::newRow("event: no name")
            << QStringLiteral("WebhookEvent") << QByteArray(R"({"description":"x"})")
            << QStringLiteral("data.name should be a non-empty string");
        QTest::newRow("secret: missing id")
            << QStringLiteral("WebhookSecret") << QByteArray(R"({"secret":"x"})")
            << QStringLiteral("data.id should be present");
        QTest::newRow("blacklist: id is null")
            << QStringLiteral("BlacklistState") << QByteArray(R"({"id":null})")
            << QStringLiteral("data.id should be present");
        QTest::newRow("team member: email is a number")
            << QStringLiteral("TeamMember") << QByteArray(R"({"id":1,"email":2})")
            << QStringLiteral("data.email should be a string");
        QTest::newRow("list: an item is wrong")
            << QStringLiteral("ContactList") << QByteArray(R"([{"id":1},{"id":"two"}])")
            << QStringLiteral("data.items[1].id should be an integer");
        QTest::newRow("contact: id beyond 2^53")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1e300})")
            << QStringLiteral("data.id should be an integer");
        QTest::newRow("contact: blacklisted is 2")
            << QStringLiteral("Contact") << QByteArray(R"({"id":1,"is_blacklisted":2})")
            << QStringLiteral("data.is_blacklisted should be true or false");
        QTest::newRow("subscription: price is words")
            << QStringLiteral("Subscription") << QByteArray(R"({"plan":{"price":"free"}})")
            << QStringLiteral("data.plan.price should be a number");
        QTest::newRow("list: not an array")
            << QStringLiteral("ContactList") << QByteArray(R"({"id":1})")
            << QStringLiteral("data should be an array");
    }

    void wrongTypesAreMalformedNotCrashes()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        const ApiError error = decodeByName(type, parse(json.constData()));
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(error.detail, detail);
    }
};

QTEST_GUILESS_MAIN(TestApiDecoding)
#include "tst_apidecoding.moc"
