// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CSV import dialog: its report against the real sandbox, and its time estimate, which
// follows the API client's live RateLimiter (budget, the server's X-RateLimit headers, a 429
// pause) and reads in proper plurals with the app's English catalogue.
#include "apiclient.h"
#include "contactimport.h"
#include "contactsmodel.h"
#include "contactspane.h"
#include "importdialog.h"
#include "panenavigator.h"
#include "phonenormalizer.h"
#include "ratelimiter.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

class NoNavigation final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return false; }
    void openContact(int) override {}
    bool canOpenConversation() const override { return false; }
    void openConversation(int) override {}
    bool canBookAppointment() const override { return false; }
    void bookAppointment(const ContactRef &) override {}
};

QByteArray csvOf(int rows)
{
    QByteArray csv = "name,phone\n";
    for (int i = 0; i < rows; ++i)
        csv += "P" + QByteArray::number(i) + ",+9715055" + QByteArray::number(10000 + i) + "\n";
    return csv;
}

QString estimateOf(QWidget &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("estimate"))->text();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestContactsApi> m_api;
    QTranslator m_english;
    const PhoneNormalizer m_phones{QStringLiteral("AE")};

private Q_SLOTS:
    void initTestCase()
    {
        // The app always loads its catalogue, English included: that is where the plural
        // forms of "%n second(s)" live.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/skylight_en")));
        QCoreApplication::installTranslator(&m_english);
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 600;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        m_client->setConnection(connection);
        m_api = std::make_unique<RestContactsApi>(m_client.get());
    }

    void reportsGoodAndBadRows()
    {
        ImportDialog dialog(*m_api, m_phones);
        dialog.show();
        dialog.loadData("name,phone\nImport Pane One,+971504440001\nBroken,12\n");
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text(),
            QStringLiteral("Rows ready to import: 1. With problems (skipped and reported): 1."));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(imported.wait());
        QVERIFY(dialog.reportText().contains(QLatin1String("Imported: 1")));
        QVERIFY(dialog.reportText().contains(QLatin1String("Not imported: 1")));
        QCOMPARE(estimateOf(dialog), QStringLiteral("2 of 2 rows done.")); // not "1 second left"
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("estimate"))->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveFailuresButton"))->isVisible());
    }

    // Without a limiter the budget counts as spent at 120 a minute: 1,000 rows > 8 minutes.
    void withoutALimiterAssumesTheBudgetSpent()
    {
        ImportDialog dialog(*m_api, m_phones);
        dialog.loadData(csvOf(1000));
        QCOMPARE(dialog.job()->remaining(), 1000);
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("about 9 minutes")), qPrintable(estimateOf(dialog)));
    }

    void followsTheLiveBudgetAndPause()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 clock = now;
        RateLimiter limiter;
        limiter.setClock([&clock] { return clock; });
        ImportDialog dialog(*m_api, m_phones);
        dialog.setRateLimiter(&limiter);
        dialog.loadData(csvOf(1000));
        // 120 go at once (a quarter second each), 880 at 2 a second: 470 s.
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("about 8 minutes")), qPrintable(estimateOf(dialog)));
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("at most 120 contacts a minute")), qPrintable(estimateOf(dialog)));
        // The server says the budget is spent: 500 s.
        limiter.synchronise(0, 120);
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("about 9 minutes")), qPrintable(estimateOf(dialog)));
        // A 429 pauses everything for ten minutes first.
        limiter.pauseUntil(QDateTime::fromMSecsSinceEpoch(now + 600 * 1000, Qt::UTC));
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("about 19 minutes")), qPrintable(estimateOf(dialog)));
        // After the pause, the server's limit header changes the pace.
        clock = now + 601 * 1000;
        limiter.synchronise(0, 1000);
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("about 1 minute ")), qPrintable(estimateOf(dialog)));
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("at most 1000 contacts a minute")), qPrintable(estimateOf(dialog)));
    }

    // The pane hands its limiter to the dialog it opens; the limiter follows the server's
    // X-RateLimit-Limit (600 here) after the first response.
    void thePaneWiresTheClientsLimiter()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        NoNavigation navigation;
        ContactsPane pane(*m_api, navigation, settings, QStringLiteral("AE"));
        pane.setRateLimiter(m_client->rateLimiter());
        QVERIFY(QTest::qWaitFor([&pane] { return pane.model()->rowCount() > 0; }, 15000));
        QCOMPARE(m_client->rateLimiter()->limit(), 600);
        pane.importCsv();
        auto *dialog = pane.findChild<ImportDialog *>();
        QVERIFY(dialog);
        dialog->loadData(csvOf(3000));
        QVERIFY2(estimateOf(*dialog).contains(QLatin1String("at most 600 contacts a minute")), qPrintable(estimateOf(*dialog)));
        // Most of the 600 are left: about 600 at once, 2,400 at ten a second, so under 7 minutes.
        QVERIFY2(estimateOf(*dialog).contains(QLatin1String("about 7 minutes")), qPrintable(estimateOf(*dialog)));
        dialog->close();
    }

    // Issue 16: Cancel waited for the request held back by the rate limit (15–25 s) with
    // nothing on screen. It stops at once and says so; the held request never goes out.
    void cancelStopsAtOnceWithFeedback()
    {
        const QUrlQuery held(QStringLiteral("search=Held Back"));
        const int before = int(m_fixture->http().get(QStringLiteral("/contacts"), held).dataArray().size());
        RateLimiter *limiter = m_client->rateLimiter();
        // As after a 429: nothing may go for half a minute.
        limiter->pauseUntil(QDateTime::currentDateTimeUtc().addSecs(30));
        ImportDialog dialog(*m_api, m_phones);
        dialog.show();
        dialog.loadData("name,phone\nHeld Back One,+971504449901\nHeld Back Two,+971504449902\n");
        dialog.startImport();
        QVERIFY(dialog.job()->isRunning());
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isEnabled());
        QElapsedTimer took;
        took.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->isRunning(), 1000);
        QVERIFY(took.elapsed() < 1000);
        QVERIFY2(dialog.reportText().contains(QLatin1String("cancelled")), qPrintable(dialog.reportText()));
        QVERIFY(!cancel->isEnabled());
        // The row that was waiting is reported for a check, never silently sent again.
        QVERIFY2(dialog.reportText().contains(QLatin1String("Not imported: 1")), qPrintable(dialog.reportText()));
        QVERIFY2(dialog.reportText().contains(QLatin1String("Not yet sent: 1")), qPrintable(dialog.reportText()));
        limiter->reset();
        QTest::qWait(500);
        QCOMPARE(int(m_fixture->http().get(QStringLiteral("/contacts"), held).dataArray().size()), before);
    }

    void shortImportsReadInTheSingular()
    {
        RateLimiter limiter;
        ImportDialog dialog(*m_api, m_phones);
        dialog.setRateLimiter(&limiter);
        dialog.loadData(csvOf(1));
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("takes about 1 second ")), qPrintable(estimateOf(dialog)));
        QVERIFY(!estimateOf(dialog).contains(QLatin1String("(s)")));
        dialog.loadData(csvOf(12));
        QVERIFY2(estimateOf(dialog).contains(QLatin1String("takes about 3 seconds ")), qPrintable(estimateOf(dialog)));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
