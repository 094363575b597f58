// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The fault matrix of issue 13: every fault kind of the sandbox on the three writes a
// user repeats when told to (a message send, a booking create, a contact create). The
// test does what the app advises (Retry, Book, Save or Check again) until the app says
// it is done, then counts the rows on the server: exactly one in every case, never an
// empty error, and what was typed kept while the app is not done.
#include "apiclient.h"
#include "bookingdialog.h"
#include "contactdialog.h"
#include "phonenormalizer.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "sandboxfixture.h"
#include "threadmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

namespace {
using State = ThreadModel::SendState;

State stateOf(const ThreadModel &model, int row)
{
    return model.index(row, 0).data(ThreadModel::SendStateRole).value<State>();
}

constexpr int kTimeoutMs = 800;
constexpr int kStallMs = 2500; // longer than the time-out: the client gives up first
} // namespace

class TestWriteFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    int m_row = 0;

    TestHttp &http() { return m_sandbox->http(); }

    void install(QJsonObject fault, const QString &path, const QString &method)
    {
        if (fault.isEmpty())
            return;
        fault.insert(QStringLiteral("path"), path);
        fault.insert(QStringLiteral("method"), method);
        QCOMPARE(http().post(QStringLiteral("/_sandbox/faults"), fault).status, 201);
    }

    // The user follows the advice once the faults are gone; a stall first runs out on the
    // server, so a request it held would have been stored by then.
    void faultsGone(const QJsonObject &fault)
    {
        QCOMPARE(http().del(QStringLiteral("/_sandbox/faults")).status, 200);
        if (fault.value(QStringLiteral("type")).toString() == QLatin1String("latency"))
            QTest::qWait(kStallMs);
    }

    int count(const QString &path, const QUrlQuery &query, const std::function<bool(const QJsonObject &)> &mine)
    {
        int n = 0;
        for (const QJsonValue &v : http().get(path, query).dataArray())
            n += mine(v.toObject()) ? 1 : 0;
        return n;
    }

    // With SKYLIGHT_SCREENSHOT_DIR set, what the user sees at this moment.
    static void shoot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    static QLabel *visibleError(QWidget &dialog)
    {
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("generalError"));
        return label && label->isVisibleTo(&dialog) ? label : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        RetryPolicy fast;
        fast.setBaseDelayMs(20);
        m_client->setRetryPolicy(fast);
        m_client->setTransferTimeout(kTimeoutMs);
        ApiConnection connection;
        connection.baseUrl = m_sandbox->baseUrl();
        connection.apiKey = m_sandbox->apiKey();
        m_client->setConnection(connection);
        ++m_row;
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        http().del(QStringLiteral("/_sandbox/faults"));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void faults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        const QJsonObject late { { QStringLiteral("after_run"), true } };
        const auto with = [](const char *type, QJsonObject extra = {}) {
            extra.insert(QStringLiteral("type"), QLatin1String(type));
            return extra;
        };
        QTest::newRow("no fault") << QJsonObject();
        QTest::newRow("drop before headers") << with("drop");
        QTest::newRow("drop after storing") << with("drop", late);
        QTest::newRow("drop after headers") << with("drop_after_headers");
        QTest::newRow("500") << with("status", { { QStringLiteral("status"), 500 } });
        QTest::newRow("502 after storing")
            << with("status", { { QStringLiteral("status"), 502 }, { QStringLiteral("after_run"), true } });
        QTest::newRow("429 storm") << with("rate_limit", { { QStringLiteral("retry_after"), 0 } });
        QTest::newRow("stall") << with("latency", { { QStringLiteral("latency_ms"), kStallMs } });
        QTest::newRow("stall after storing")
            << with("latency", { { QStringLiteral("latency_ms"), kStallMs }, { QStringLiteral("after_run"), true } });
        QTest::newRow("malformed after storing") << with("malformed", late);
        QTest::newRow("truncated") << with("truncated");
        QTest::newRow("wrong types") << with("wrong_types");
        QTest::newRow("success false") << with("success_false");
    }

    void messageSend_data() { faults_data(); }
    void messageSend()
    {
        QFETCH(QJsonObject, fault);
        RestConversationsApi api(m_client.get());
        ThreadModel model(api);
        model.setContact(42);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 10000);
        install(fault, QStringLiteral("/api/v1/messages/send"), QStringLiteral("POST"));
        const QString text = QStringLiteral("Fault matrix %1: your total is 40 AED").arg(m_row);
        const int row = model.send(text, QStringLiteral("whatsapp"));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, row) != State::Sending && stateOf(model, row) != State::Checking, 15000);
        faultsGone(fault);
        for (int step = 0; step < 3 && stateOf(model, row) != State::Confirmed; ++step) {
            QVERIFY2(!model.index(row, 0).data(ThreadModel::ErrorRole).toString().trimmed().isEmpty(),
                "a send that is not done says why");
            QCOMPARE(model.index(row, 0).data().toString(), text); // the text is kept
            QVERIFY(model.retry(row)); // what the bar offers: Retry, or Check again
            QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, row) != State::Sending && stateOf(model, row) != State::Checking, 10000);
        }
        QCOMPARE(stateOf(model, row), State::Confirmed);
        QUrlQuery query { { QStringLiteral("per_page"), QStringLiteral("100") } };
        QCOMPARE(count(QStringLiteral("/contacts/42/messages"), query,
                     [&](const QJsonObject &m) { return m.value(QStringLiteral("content")).toString() == text; }),
            1);
    }

    void bookingCreate_data() { faults_data(); }
    void bookingCreate()
    {
        QFETCH(QJsonObject, fault);
        RestBookingsApi bookings(m_client.get());
        RestContactsApi contacts(m_client.get());
        BookingDialog::Context context;
        BookingType type;
        type.id = 3;
        type.name = QStringLiteral("Consultation");
        type.durationMinutes = 30;
        type.isActive = true;
        context.types = { type };
        context.zone = QTimeZone::utc();
        BookingDialog dialog(bookings, contacts, context);
        dialog.setContact(ContactRef { 42, QStringLiteral("Sarah Johnson") });
        dialog.setBookingType(3);
        dialog.setResource(std::nullopt); // "Any free resource": a blind second Book would succeed
        const QDateTime start(QDate(2026, 4, 1).addDays(m_row), QTime(10, 0), Qt::UTC);
        dialog.setStart(start);
        dialog.setNotes(QStringLiteral("matrix %1").arg(m_row));
        dialog.show();
        install(fault, QStringLiteral("/api/v1/bookings"), QStringLiteral("POST"));
        QPushButton *book = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        dialog.save();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.QDialog::result() == QDialog::Accepted || (book->isEnabled() && visibleError(dialog)), 15000);
        faultsGone(fault);
        for (int step = 0; step < 3 && dialog.QDialog::result() != QDialog::Accepted; ++step) {
            QVERIFY(!visibleError(dialog)->text().trimmed().isEmpty());
            QCOMPARE(dialog.start(), start); // what was chosen is kept
            QCOMPARE(dialog.contact().id, 42);
            shoot(dialog, QStringLiteral("booking-%1-%2").arg(m_row).arg(step));
            dialog.save(); // what the button offers: Book, or Check again
            QTRY_VERIFY_WITH_TIMEOUT(dialog.QDialog::result() == QDialog::Accepted || (book->isEnabled() && visibleError(dialog)), 10000);
        }
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        QUrlQuery query { { QStringLiteral("contact_id"), QStringLiteral("42") },
            { QStringLiteral("per_page"), QStringLiteral("100") } };
        QCOMPARE(count(QStringLiteral("/bookings"), query,
                     [&](const QJsonObject &b) {
                         return QDateTime::fromString(b.value(QStringLiteral("starts_at")).toString(), Qt::ISODate) == start
                             && b.value(QStringLiteral("status")).toString() != QLatin1String("cancelled");
                     }),
            1);
    }

    void contactCreate_data() { faults_data(); }
    void contactCreate()
    {
        QFETCH(QJsonObject, fault);
        RestContactsApi contacts(m_client.get());
        const PhoneNormalizer phones(QStringLiteral("AE"));
        Contact typed;
        typed.name = QStringLiteral("Matrix Contact %1").arg(m_row);
        typed.phone = QStringLiteral("+97150%1").arg(1000000 + m_row);
        typed.email = QStringLiteral("matrix%1@example.com").arg(m_row);
        ContactDialog dialog(contacts, phones, typed);
        dialog.show();
        install(fault, QStringLiteral("/api/v1/contacts"), QStringLiteral("POST"));
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        dialog.save();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || (save->isEnabled() && visibleError(dialog)), 15000);
        faultsGone(fault);
        for (int step = 0; step < 3 && dialog.result() != QDialog::Accepted; ++step) {
            QVERIFY(!visibleError(dialog)->text().trimmed().isEmpty());
            QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), typed.name);
            QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->text(), typed.email);
            shoot(dialog, QStringLiteral("contact-%1-%2").arg(m_row).arg(step));
            dialog.save();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || (save->isEnabled() && visibleError(dialog)), 10000);
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().phone, typed.phone);
        QUrlQuery query { { QStringLiteral("search"), typed.email } };
        QCOMPARE(count(QStringLiteral("/contacts"), query, [](const QJsonObject &) { return true; }), 1);
    }
};

QTEST_MAIN(TestWriteFaultMatrix)
#include "tst_writefaultmatrix.moc"
