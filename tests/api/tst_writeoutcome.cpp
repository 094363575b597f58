// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one rule for what became of a write: done, refused or unknown, and its words.
#include "apienvelope.h"
#include "apierrortext.h"
#include "writeoutcome.h"

#include <QTest>

Q_DECLARE_METATYPE(ApiError)

class TestWriteOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesFromTheError_data()
    {
        using Kind = ApiError::Kind;
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<int>("state");
        const int done = int(WriteOutcome::State::Done);
        const int refused = int(WriteOutcome::State::Refused);
        const int unknown = int(WriteOutcome::State::Unknown);
        const QByteArray envelope = R"({"success": false, "message": "The phone is taken."})";
        QTest::newRow("2xx") << ApiError() << done;
        QTest::newRow("422 envelope") << ApiEnvelope::errorFromBody(422, envelope) << refused;
        QTest::newRow("404 envelope") << ApiEnvelope::errorFromBody(404, envelope) << refused;
        QTest::newRow("403 envelope") << ApiEnvelope::errorFromBody(403, envelope) << refused;
        QTest::newRow("401 envelope") << ApiEnvelope::errorFromBody(401, envelope) << refused;
        QTest::newRow("429 bare") << ApiEnvelope::errorFromBody(429, "") << refused;
        QTest::newRow("422 proxy page")
            << ApiEnvelope::errorFromBody(422, "<html>oops</html>") << unknown;
        QTest::newRow("404 with only a message")
            << ApiEnvelope::errorFromBody(404, R"({"message": "No query results."})") << refused;
        QTest::newRow("404 JSON that is no envelope")
            << ApiEnvelope::errorFromBody(404, R"({"error": "upstream"})") << unknown;
        QTest::newRow("500 envelope") << ApiEnvelope::errorFromBody(500, envelope) << unknown;
        QTest::newRow("502 proxy") << ApiEnvelope::errorFromBody(502, "<html/>") << unknown;
        QTest::newRow("2xx then dropped") << ApiEnvelope::errorFromBody(201, "{\"succ") << unknown;
        QTest::newRow("network") << ApiError(Kind::Network) << unknown;
        ApiError neverSent(Kind::Network);
        neverSent.requestNeverSent = true;
        QTest::newRow("connection refused, never sent") << neverSent << refused;
        ApiError timeoutFlagged(Kind::Timeout);
        timeoutFlagged.requestNeverSent = true; // not a kind that can be "never sent"
        QTest::newRow("timeout is unknown whatever the flag") << timeoutFlagged << unknown;
        QTest::newRow("timeout") << ApiError(Kind::Timeout) << unknown;
        QTest::newRow("malformed") << ApiError::malformed(QStringLiteral("x")) << unknown;
        QTest::newRow("cancelled") << ApiError(Kind::Cancelled) << unknown;
        QTest::newRow("answer too large to read") << ApiError(Kind::ResponseTooLarge) << unknown;
        QTest::newRow("tls") << ApiError(Kind::Tls) << refused;
        QTest::newRow("insecure url") << ApiError(Kind::InsecureUrl) << refused;
    }

    void decidesFromTheError()
    {
        QFETCH(ApiError, error);
        QFETCH(int, state);
        const WriteOutcome outcome = WriteOutcome::of(error);
        QCOMPARE(int(outcome.state()), state);
        if (outcome.isDone())
            QVERIFY(outcome.userText().isEmpty());
        else
            QVERIFY2(!outcome.userText().trimmed().isEmpty(), QTest::currentDataTag());
    }

    void unknownSaysTheServerMayHaveIt()
    {
        const WriteOutcome outcome = WriteOutcome::of(ApiError(ApiError::Kind::Timeout));
        QVERIFY(outcome.userText().contains(QStringLiteral("may have been saved")));
        // It never invites a plain retry: that is what would duplicate.
        QVERIFY(!outcome.userText().contains(QStringLiteral("try again")));
    }

    void aRequestThatNeverLeftSaysNothingWasSent()
    {
        ApiError error(ApiError::Kind::Network);
        error.requestNeverSent = true;
        const WriteOutcome outcome = WriteOutcome::of(error);
        QVERIFY(outcome.isRefused());
        QVERIFY2(outcome.userText().contains(QStringLiteral("nothing was sent")), qPrintable(outcome.userText()));
        QVERIFY(!outcome.userText().contains(QStringLiteral("may have been")));
        // A plain network error (maybe after sending) never claims that.
        QVERIFY(!userMessage(ApiError(ApiError::Kind::Network)).contains(QStringLiteral("nothing was sent")));
    }

    void aReadThatNeverLeftDoesNotTalkAboutSending()
    {
        // A list that could not load says the server is unreachable; "nothing was sent" is
        // for writes only (it read oddly above the Inbox list when the server was down).
        ApiError error(ApiError::Kind::Network);
        error.requestNeverSent = true;
        QVERIFY2(!userMessage(error).contains(QStringLiteral("sent")), qPrintable(userMessage(error)));
        QVERIFY(userMessage(error).contains(QStringLiteral("Could not reach the server")));
        QVERIFY(userMessageForWrite(error).contains(QStringLiteral("nothing was sent")));
        QCOMPARE(userMessageForWrite(ApiError(ApiError::Kind::Timeout)), userMessage(ApiError(ApiError::Kind::Timeout)));
    }

    void aSuccessStatusThatFailedIsANetworkError()
    {
        // A 2xx followed by a dropped connection once became kind None: an empty message.
        const ApiError error = ApiEnvelope::errorFromBody(200, "{\"data\": {\"id");
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QCOMPARE(error.httpStatus, 200);
        QVERIFY(error.isError());
    }

    void fieldMessagesWithoutWordsFallBack()
    {
        ApiError error(ApiError::Kind::Validation, 422, QStringLiteral("  "));
        error.fieldErrors.insert(QStringLiteral("name"), { QString() });
        QVERIFY(!userMessage(error).trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWriteOutcome)
#include "tst_writeoutcome.moc"
