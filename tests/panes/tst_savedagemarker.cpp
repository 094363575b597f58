// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14: a pane showing what the offline cache kept marks it with its age. The Team pane
// reads the real sandbox through an ApiClient that keeps answers; with the sandbox stopped
// the same list comes from the cache, the model reports when it was saved and the pane shows
// "Saved …" by the list; once the server answers again the marker goes.
#include "cachestore.h"
#include "language.h"
#include "panesandboxtestbase.h"
#include "restteamapi.h"
#include "savedagemarker.h"
#include "screenshot.h"
#include "teammodel.h"
#include "teampane.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestSavedAgeMarker : public QObject, private PaneSandboxTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<RestTeamApi> m_api;
    const QDateTime m_savedAt = QDateTime(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);

    static bool reloadAndWait(TeamPane &pane)
    {
        QSignalSpy loaded(&pane, &TeamPane::loaded);
        pane.reload();
        return loaded.wait(10000);
    }

    std::unique_ptr<TeamPane> makePane()
    {
        auto pane = std::make_unique<TeamPane>(*m_api, *m_settings);
        pane->resize(900, 400);
        pane->show();
        return pane;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.rateLimitPerMinute = 100000;
        QVERIFY2(startSandbox(options), qPrintable(m_fixture->error()));
        m_cache = std::make_unique<CacheStore>(CacheStore::pathFor(m_dir->path(), QStringLiteral("Demo")));
        m_cache->setClock([this] { return m_savedAt; });
        QVERIFY(m_cache->open());
        // Retries this slow would outlast every wait: an offline answer in time came from the
        // cache at the first failure.
        RetryPolicy slow;
        slow.setBaseDelayMs(20000);
        m_client->setRetryPolicy(slow);
        m_client->setResponseCache(m_cache.get());
        m_api = std::make_unique<RestTeamApi>(m_client.get());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        stopClient();
    }

    void cachedRowsAreMarkedWithTheirAgeUntilTheServerAnswers()
    {
        auto pane = makePane();
        auto *marker = pane->findChild<SavedAgeMarker *>();
        QVERIFY(marker);

        QVERIFY(reloadAndWait(*pane));
        QVERIFY(pane->model()->rowCount() > 0);
        QVERIFY(!pane->model()->savedAt().isValid()); // the server's rows
        QVERIFY(!marker->isVisible());

        m_fixture->stop();
        QVERIFY(reloadAndWait(*pane));
        QVERIFY(pane->model()->rowCount() > 0);
        QCOMPARE(pane->model()->savedAt(), m_savedAt);
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->text(), SavedAgeMarker::textFor(m_savedAt, QDateTime::currentDateTimeUtc()));
        QVERIFY(marker->text().contains(QLocale().toString(m_savedAt.toLocalTime().time(), QLocale::ShortFormat)));
        QVERIFY(!marker->toolTip().isEmpty());
        Screenshot::save(pane.get(), QStringLiteral("savedage/team-en.png"));

        {
            Language language;
            QVERIFY(language.apply(QStringLiteral("ar")));
            QApplication::setLayoutDirection(Qt::RightToLeft);
            auto arabic = makePane();
            QVERIFY(reloadAndWait(*arabic));
            auto *arabicMarker = arabic->findChild<SavedAgeMarker *>();
            QVERIFY(arabicMarker && arabicMarker->isVisible());
            QCOMPARE(arabicMarker->layoutDirection(), Qt::RightToLeft);
            Screenshot::save(arabic.get(), QStringLiteral("savedage/team-ar.png"));
            QVERIFY(language.apply(QStringLiteral("en")));
            QApplication::setLayoutDirection(Qt::LeftToRight);
        }

        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        m_client->setConnection(connection);
        QVERIFY(reloadAndWait(*pane));
        QVERIFY(!pane->model()->savedAt().isValid());
        QVERIFY(!marker->isVisible());
    }
};

QTEST_MAIN(TestSavedAgeMarker)
#include "tst_savedagemarker.moc"
