// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A CSV import leaves a share of the key's budget to colleagues (issue 14): against the
// real sandbox with its rate limit on (20 a minute here, so the test needs one window, not
// six), the import never takes the shared remainder under the kept share (30 %: 6
// requests), waits for the window to refill while it says so in plain words, creates every
// row exactly once, and a colleague on the same key finds room meanwhile.
#include "apiclient.h"
#include "apiconnection.h"
#include "contactimport.h"
#include "importdialog.h"
#include "phonenormalizer.h"
#include "ratelimiter.h"
#include "recordingnetwork.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"
#include "screenshot.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {

constexpr int Limit = 20;
constexpr int KeptPercent = 30;
constexpr int Rows = 18;

struct Desk
{
    RecordingNetwork network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RestContactsApi> api;

    explicit Desk(const SandboxFixture &fixture)
        : client(std::make_unique<ApiClient>(&network))
    {
        ApiConnection connection;
        connection.baseUrl = fixture.baseUrl();
        connection.apiKey = fixture.apiKey();
        client->setConnection(connection);
        client->rateLimiter()->setLimit(Limit);
        api = std::make_unique<RestContactsApi>(client.get());
    }
};

QString estimateOf(QWidget &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("estimate"))->text();
}

} // namespace

class TestImportShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingIsRangeChecked()
    {
        QCOMPARE(ContactImport::keptPercentFromSetting(QVariant()), 30);
        QCOMPARE(ContactImport::keptPercentFromSetting(QStringLiteral("12")), 12);
        QCOMPARE(ContactImport::keptPercentFromSetting(0), 0);
        QCOMPARE(ContactImport::keptPercentFromSetting(91), 30);
        QCOMPARE(ContactImport::keptPercentFromSetting(-5), 30);
        QCOMPARE(ContactImport::keptPercentFromSetting(QStringLiteral("lots")), 30);
    }

    void leavesTheKeptShareToColleagues()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/skylight_en")));
        QCoreApplication::installTranslator(&english);
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QString(); // no contacts: every one found afterwards is the import's
        options.rateLimitPerMinute = Limit;
        SandboxFixture fixture(options);
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        Desk importer(fixture);
        Desk colleague(fixture);

        const PhoneNormalizer phones(QStringLiteral("AE"));
        ImportDialog dialog(*importer.api, phones);
        dialog.setKeptPercent(KeptPercent);
        dialog.setRateLimiter(importer.client->rateLimiter());
        QByteArray csv = "name,phone\n";
        for (int i = 0; i < Rows; ++i)
            csv += "Share " + QByteArray::number(i) + ",+9715066" + QByteArray::number(10000 + i) + "\n";
        dialog.loadData(csv);
        QCOMPARE(dialog.job()->remaining(), Rows);
        QCOMPARE(dialog.job()->keptRequests(), 6);
        dialog.show();
        QSignalSpy finished(dialog.job(), &ContactImport::finished);
        dialog.startImport();

        // 14 rows spend the budget down to the kept 6; then the import waits, and says why.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job()->isWaitingForBudget(), 30000);
        QTRY_VERIFY2(estimateOf(dialog).contains(QLatin1String("so colleagues can keep working")),
                     qPrintable(estimateOf(dialog)));
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("leaves 30% of the key's requests")), qPrintable(estimateOf(dialog)));
        QCOMPARE(dialog.job()->count(ContactImport::Status::Created), Limit - 6);
        Screenshot::save(&dialog, QStringLiteral("contacts/import-waiting-en.png"));
        if (Screenshot::wanted()) {
            QTranslator arabic;
            QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
            QCoreApplication::removeTranslator(&english);
            QCoreApplication::installTranslator(&arabic);
            ImportDialog shown(*importer.api, phones);
            shown.setLayoutDirection(Qt::RightToLeft);
            shown.setKeptPercent(KeptPercent);
            shown.setRateLimiter(importer.client->rateLimiter());
            shown.loadData(csv);
            shown.show();
            // Only the text is wanted: the same wait, shown by a second dialog that sends nothing.
            shown.findChild<QLabel *>(QStringLiteral("estimate"))->setText(
                QCoreApplication::translate("ImportDialog",
                    "%1 of %2 rows done. Waiting %n s so colleagues can keep working: "
                    "the import leaves %3% of the key's requests to them.", nullptr, 45)
                    .arg(14).arg(Rows).arg(KeptPercent));
            Screenshot::save(&shown, QStringLiteral("contacts/import-waiting-ar.png"));
            QCoreApplication::removeTranslator(&arabic);
            QCoreApplication::installTranslator(&english);
        }

        // A colleague on the same key is not locked out meanwhile.
        int colleagueOk = 0;
        for (int i = 0; i < 3; ++i) {
            colleague.api->get(1, &dialog, [&colleagueOk](const ApiResult<Contact> &result) {
                colleagueOk += result || result.error().kind == ApiError::Kind::NotFound ? 1 : 0;
            });
        }
        QTRY_COMPARE(colleagueOk, 3);

        // The window refills; the rest goes.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(dialog.job()->count(ContactImport::Status::Created), Rows);
        QVERIFY(!estimateOf(dialog).contains(QLatin1String("Waiting")));

        // The remainder the server reported after each of the import's requests.
        int creates = 0;
        for (const RecordingNetwork::Entry &e : importer.network.entries()) {
            if (e.method != "POST")
                continue;
            ++creates;
            QCOMPARE(e.status, 201);
            QVERIFY2(e.remaining >= 6, qPrintable(QStringLiteral("remaining %1 after %2").arg(e.remaining).arg(creates)));
        }
        QCOMPARE(creates, Rows); // no row sent twice, none lost

        // The server holds every row exactly once.
        QStringList names;
        bool listed = false;
        ContactQuery query;
        query.page.perPage = 100;
        importer.api->list(query, &dialog, [&](const ApiResult<Page<Contact>> &result) {
            QVERIFY(result);
            for (const Contact &c : result.value().items)
                names.append(c.name);
            listed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 90000);
        QCOMPARE(names.size(), Rows);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), Rows);
        QCoreApplication::removeTranslator(&english);
    }
};

QTEST_MAIN(TestImportShare)
#include "tst_importshare.moc"
