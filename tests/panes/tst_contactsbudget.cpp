// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Moving through the Contacts directory costs one request per page of 100, not three per
// row (list + selected contact + its notes): the details wait for the selection to rest.
// Requests are counted on the wire (RecordingNetwork) against the real sandbox.
#include "apiclient.h"
#include "contactsmodel.h"
#include "contactspane.h"
#include "panenavigator.h"
#include "ratelimiter.h"
#include "recordingnetwork.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
class NoNavigator final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return true; }
    void openContact(int) override {}
    bool canOpenConversation() const override { return false; }
    void openConversation(int) override {}
    bool canBookAppointment() const override { return false; }
    void bookAppointment(const ContactRef &) override {}
};
} // namespace

class TestContactsBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrolling300RowsCostsOneRequestPerPage()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        SandboxFixture fixture(options);
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        // The demo seed has some 200 contacts: enough more for 300 rows and a fourth page.
        TestHttp &http = fixture.http();
        const int seeded = http.get(QStringLiteral("/contacts")).meta().value(QStringLiteral("total")).toInt();
        for (int i = seeded; i < 320; ++i) {
            QCOMPARE(http.post(QStringLiteral("/contacts"),
                               {{QStringLiteral("name"), QStringLiteral("Budget %1").arg(i)},
                                {QStringLiteral("phone"), QStringLiteral("+9715%1").arg(10000000 + i)},
                                {QStringLiteral("channel"), QStringLiteral("whatsapp")}}).status, 201);
        }

        RecordingNetwork network;
        ApiClient client(&network);
        client.rateLimiter()->setLimit(100000);
        ApiConnection connection;
        connection.baseUrl = fixture.baseUrl();
        connection.apiKey = fixture.apiKey();
        client.setConnection(connection);
        RestContactsApi api(&client);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        NoNavigator navigator;
        ContactsPane pane(api, navigator, settings, QStringLiteral("AE"));
        pane.resize(1100, 650);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() > 0 && !pane.model()->isLoading(), 15000);

        auto *table = pane.findChild<QTableView *>();
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(pane.model()->index(0, 0));
        network.clear();
        // An agent holding the arrow key: a row every few milliseconds, pages load on the way.
        // (At the end of the loaded rows the key does nothing until the next page is in.)
        QElapsedTimer moving;
        moving.start();
        while (table->currentIndex().row() < 300 && moving.elapsed() < 60000) {
            QTest::keyClick(table, Qt::Key_Down);
            QTest::qWait(5);
        }
        QCOMPARE(table->currentIndex().row(), 300);
        const qint64 last = pane.model()->idAt(300);
        QTRY_COMPARE_WITH_TIMEOUT(pane.currentContactId(), last, 5000);
        QTRY_COMPARE(network.count(QStringLiteral("/contacts/%1/notes").arg(last)), 1);

        int pages = 0, details = 0, notes = 0;
        for (const RecordingNetwork::Entry &e : network.entries()) {
            const QString path = e.pathAndQuery.section(QLatin1Char('?'), 0, 0);
            if (path.endsWith(QLatin1String("/contacts")))
                ++pages;
            else if (path.endsWith(QLatin1String("/notes")))
                ++notes;
            else if (path.contains(QLatin1String("/contacts/")))
                ++details;
        }
        // Rows 1..300 of 320: pages 2, 3 and 4 (100 a page). The contact and its notes once,
        // or once more for each page the agent had to wait for longer than the delay.
        QVERIFY2(pages <= 3, qPrintable(QString::number(pages)));
        QVERIFY2(details >= 1 && details <= 1 + pages, qPrintable(QString::number(details)));
        QVERIFY2(notes >= 1 && notes <= 1 + pages, qPrintable(QString::number(notes)));
    }
};

QTEST_MAIN(TestContactsBudget)
#include "tst_contactsbudget.moc"
