// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The envelope around every answer, error envelopes, the user text of every error kind,
// both timestamp forms, and the request bodies and queries the API classes send.
#include "apidecode.h"
#include "apierrortext.h"
#include "bookinginput.h"
#include "contact.h"
#include "contactinput.h"
#include "contactquery.h"
#include "messagedraft.h"
#include "timestamp.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}
} // namespace

class TestApiEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBothTimestampForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("microseconds")
            << QStringLiteral("2026-03-10T14:00:00.000000Z") << utc(2026, 3, 10, 14, 0);
        QTest::newRow("microseconds, non-zero")
            << QStringLiteral("2026-03-10T14:00:00.123456Z") << utc(2026, 3, 10, 14, 0, 0, 123);
        QTest::newRow("seconds") << QStringLiteral("2026-03-10T09:00:00Z")
                                 << utc(2026, 3, 10, 9, 0);
        QTest::newRow("milliseconds")
            << QStringLiteral("2026-03-10T09:00:00.5Z") << utc(2026, 3, 10, 9, 0, 0, 500);
        QTest::newRow("offset") << QStringLiteral("2026-03-10T13:00:00+04:00")
                                << utc(2026, 3, 10, 9, 0);
        QTest::newRow("negative offset")
            << QStringLiteral("2026-03-10T04:30:00-0430") << utc(2026, 3, 10, 9, 0);
        QTest::newRow("no zone is UTC")
            << QStringLiteral("2026-03-10T09:00:00") << utc(2026, 3, 10, 9, 0);
        QTest::newRow("date only") << QStringLiteral("2026-03-10") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2026-13-10T09:00:00Z") << QDateTime();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void parsesBothTimestampForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = Timestamp::parse(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
            // Where Qt's own parser is right (an explicit zone), both agree.
            if (text.endsWith(QLatin1Char('Z')))
                QCOMPARE(parsed, QDateTime::fromString(text, Qt::ISODateWithMs));
        }
    }

    void formatsTimestampsAsTheSeedDoes()
    {
        QCOMPARE(Timestamp::format(utc(2026, 3, 10, 14, 0)),
            QStringLiteral("2026-03-10T14:00:00.000000Z"));
        const QDateTime dubai(
            QDate(2026, 3, 10), QTime(18, 0), QTimeZone(QByteArrayLiteral("Asia/Dubai")));
        QCOMPARE(Timestamp::format(dubai), QStringLiteral("2026-03-10T14:00:00.000000Z"));
        QCOMPARE(Timestamp::parse(Timestamp::format(utc(2026, 1, 2, 3, 4, 5, 6))),
            utc(2026, 1, 2, 3, 4, 5, 6));
        QCOMPARE(Timestamp::formatDate(QDate(2026, 3, 1)), QStringLiteral("2026-03-01"));
    }

    void decodesEnvelopes()
    {
        const ApiResult<ApiEnvelope> created
            = ApiEnvelope::fromSuccessBody(201, R"({"success": true,
            "data": {"id": 101}, "message": "Booking created successfully."})");
        QVERIFY(created.isOk());
        QCOMPARE(created.value().message, QStringLiteral("Booking created successfully."));
        QCOMPARE(created.value().data.toObject().value(QStringLiteral("id")).toInt(), 101);
        QVERIFY(!created.value().meta);

        const ApiResult<ApiEnvelope> paged = ApiEnvelope::fromSuccessBody(200, R"({"success": true,
            "data": [{"id": 1}, {"id": 2}],
            "meta": {"current_page": 2, "per_page": 2, "total": 5, "last_page": 3}})");
        QVERIFY(paged.isOk());
        const ApiResult<Page<Contact>> page = ApiDecode::page<Contact>(paged.value());
        QVERIFY(page.isOk());
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().meta.currentPage, 2);
        QCOMPARE(page.value().meta.total, 5);
        QVERIFY(page.value().meta.hasMore());

        // A list without meta is one complete page.
        const ApiResult<ApiEnvelope> whole
            = ApiEnvelope::fromSuccessBody(200, R"({"data": [{"id": 1}]})");
        const ApiResult<Page<Contact>> single = ApiDecode::page<Contact>(whole.value());
        QVERIFY(single.isOk());
        QCOMPARE(single.value().meta.total, 1);
        QCOMPARE(single.value().meta.lastPage, 1);
        QVERIFY(!single.value().meta.hasMore());

        // Any 2xx is success, whatever the body's flag says; an empty body is fine.
        QVERIFY(ApiEnvelope::fromSuccessBody(200, R"({"success": false, "data": null})").isOk());
        QVERIFY(ApiEnvelope::fromSuccessBody(204, QByteArray()).isOk());
    }

    void malformedEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html></html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("string") << QByteArray("\"ok\"");
        QTest::newRow("meta is a string") << QByteArray(R"({"data":[],"meta":"x"})");
        QTest::newRow("meta page is a string")
            << QByteArray(R"({"data":[],"meta":{"current_page":"1"}})");
        QTest::newRow("message is a number") << QByteArray(R"({"data":{},"message":5})");
    }

    void malformedEnvelopes()
    {
        QFETCH(QByteArray, body);
        const ApiResult<ApiEnvelope> result = ApiEnvelope::fromSuccessBody(200, body);
        QCOMPARE(result.error().kind, ApiError::Kind::MalformedResponse);
    }

    void decodesErrorEnvelopes()
    {
        const ApiError validation = ApiEnvelope::errorFromBody(422, R"({"success": false,
            "message": "The given data was invalid.",
            "errors": {"starts_at": ["The selected slot is not available."], "notes": "Too long.", "x": 5}})");
        QCOMPARE(validation.kind, ApiError::Kind::Validation);
        QCOMPARE(validation.httpStatus, 422);
        QCOMPARE(validation.serverMessage, QStringLiteral("The given data was invalid."));
        QCOMPARE(validation.fieldErrors.value(QStringLiteral("starts_at")),
            QStringList { QStringLiteral("The selected slot is not available.") });
        QCOMPARE(validation.fieldErrors.value(QStringLiteral("notes")),
            QStringList { QStringLiteral("Too long.") });
        QVERIFY(!validation.fieldErrors.contains(QStringLiteral("x")));

        const ApiError unauthenticated
            = ApiEnvelope::errorFromBody(401, R"({"message":"Unauthenticated."})");
        QCOMPARE(unauthenticated.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthenticated.serverMessage, QStringLiteral("Unauthenticated."));
        QCOMPARE(ApiEnvelope::errorFromBody(502, "Bad Gateway").kind, ApiError::Kind::Server);
        QCOMPARE(ApiEnvelope::errorFromBody(400, R"({"message":"Malformed JSON."})").kind,
            ApiError::Kind::Validation);
        QCOMPARE(ApiEnvelope::errorFromBody(403, "").kind, ApiError::Kind::Forbidden);
        QCOMPARE(ApiEnvelope::errorFromBody(404, "").kind, ApiError::Kind::NotFound);
        QCOMPARE(ApiEnvelope::errorFromBody(429, "").kind, ApiError::Kind::RateLimited);
    }

    void everyErrorKindHasItsOwnUserText()
    {
        using Kind = ApiError::Kind;
        const QList<Kind> kinds = { Kind::Network, Kind::Timeout, Kind::Tls, Kind::Unauthorized,
            Kind::Forbidden, Kind::NotFound, Kind::Validation, Kind::RateLimited, Kind::Server,
            Kind::MalformedResponse, Kind::Cancelled, Kind::InsecureUrl };
        QSet<QString> texts;
        for (Kind kind : kinds) {
            ApiError error(kind);
            error.detail = QStringLiteral("internal-detail-xyz");
            const QString text = userMessage(error);
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(QStringLiteral("internal-detail-xyz")), qPrintable(text));
            texts.insert(text);
        }
        QCOMPARE(texts.size(), kinds.size());
        QVERIFY(userMessage(ApiError()).isEmpty());
    }

    void validationTextListsTheFieldMessages()
    {
        ApiError error(
            ApiError::Kind::Validation, 422, QStringLiteral("The given data was invalid."));
        QCOMPARE(userMessage(error), QStringLiteral("The given data was invalid."));
        error.fieldErrors.insert(
            QStringLiteral("email"), { QStringLiteral("The email is taken.") });
        error.fieldErrors.insert(
            QStringLiteral("name"), { QStringLiteral("The name is required.") });
        QCOMPARE(userMessage(error), QStringLiteral("The email is taken.\nThe name is required."));
    }

    // The one place a form and a one-line place take the server's field words from.
    void fieldMessagesAreWordedPerFieldOnlyForARefusalOfValues()
    {
        ApiError error(
            ApiError::Kind::Validation, 422, QStringLiteral("The given data was invalid."));
        QVERIFY(fieldMessages(error).isEmpty());
        QCOMPARE(oneLineMessage(error), userMessage(error));
        error.fieldErrors.insert(
            QStringLiteral("email"), { QStringLiteral("The email is taken."), QStringLiteral("  ") });
        error.fieldErrors.insert(QStringLiteral("name"),
            { QStringLiteral("The name is required."), QStringLiteral("The name is too short.") });
        QCOMPARE(fieldMessage(error, QStringLiteral("name")),
            QStringLiteral("The name is required. The name is too short."));
        QCOMPARE(fieldMessage(error, QStringLiteral("email")), QStringLiteral("The email is taken."));
        QVERIFY(fieldMessage(error, QStringLiteral("phone")).isEmpty());
        QCOMPARE(fieldMessages(error).keys(), QStringList({ QStringLiteral("email"), QStringLiteral("name") }));
        QCOMPARE(oneLineMessage(error),
            QStringLiteral("The email is taken. The name is required. The name is too short."));
        // Any other kind has words of its own that matter more than a field's.
        error.kind = ApiError::Kind::Forbidden;
        QVERIFY(fieldMessages(error).isEmpty());
        QVERIFY(fieldMessage(error, QStringLiteral("name")).isEmpty());
        QCOMPARE(oneLineMessage(error), userMessage(error));
    }

    void encodesRequestBodies()
    {
        ContactInput contact;
        contact.name = QStringLiteral("Sarah");
        contact.tags = QStringList { QStringLiteral("vip") };
        QCOMPARE(QJsonDocument(contact.toJson()).toJson(QJsonDocument::Compact),
            QByteArray(R"({"name":"Sarah","tags":["vip"]})"));

        BookingInput booking;
        booking.contactId = 42;
        booking.bookingTypeId = 3;
        booking.startsAt = utc(2026, 3, 10, 14, 0);
        QCOMPARE(QJsonDocument(booking.toJson()).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"booking_type_id":3,"contact_id":42,"starts_at":"2026-03-10T14:00:00.000000Z"})"));

        MessageDraft draft;
        draft.contactId = 42;
        draft.content = QStringLiteral("Hi");
        QCOMPARE(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact),
            QByteArray(R"({"contact_id":42,"content":"Hi"})"));

        ContactQuery query;
        query.search = QStringLiteral("sar");
        query.isBlacklisted = false;
        query.page.page = 2;
        query.page.perPage = 50;
        QCOMPARE(query.toQuery().toString(),
            QStringLiteral("search=sar&is_blacklisted=false&page=2&per_page=50"));
    }
};

QTEST_GUILESS_MAIN(TestApiEnvelope)
#include "tst_apienvelope.moc"
