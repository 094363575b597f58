// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every sandbox fault kind fed to every pane's load, in the whole client (Desk): the
// error the pane reports has words, the words went through the translator, and they are
// on screen in the pane. A translator that marks every string it is asked for tells the
// translated text from a hard-coded one.
#include "accountpane.h"
#include "apiclient.h"
#include "apierrortext.h"
#include "calendarpane.h"
#include "contactspane.h"
#include "desk.h"
#include "deskrun.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"
#include "teampane.h"
#include "webhookspane.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
const QString kOpen = QStringLiteral("\u27e6");

// Every text asked of it comes back wrapped in ⟦ ⟧: a string shown without the mark
// never went through tr().
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return kOpen + QString::fromUtf8(sourceText) + QStringLiteral("\u27e7");
    }
};
} // namespace

class TestPaneLoadFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemoryKeyStore m_keys;
    std::unique_ptr<Desk> m_desk;
    MarkingTranslator m_marks;
    std::optional<ApiError> m_failure;
    QSet<QObject *> m_watched;

    template<typename Pane> Pane *watch()
    {
        auto *pane = m_desk->session()->mainWindow()->findChild<Pane *>();
        if (pane && !m_watched.contains(pane)) {
            m_watched.insert(pane);
            connect(pane, &Pane::loadFailed, this, [this](const ApiError &e) { m_failure = e; });
        }
        return pane;
    }

    QWidget *reloadPane(const QString &id)
    {
        if (id == QLatin1String("account")) {
            auto *p = watch<AccountPane>();
            p->reload();
            return p;
        }
        if (id == QLatin1String("inbox")) {
            auto *p = watch<InboxPane>();
            p->reload();
            return p;
        }
        if (id == QLatin1String("contacts")) {
            auto *p = watch<ContactsPane>();
            p->reload();
            return p;
        }
        if (id == QLatin1String("calendar")) {
            auto *p = watch<CalendarPane>();
            p->reload();
            return p;
        }
        if (id == QLatin1String("webhooks")) {
            auto *p = watch<WebhooksPane>();
            p->reload();
            return p;
        }
        auto *p = watch<TeamPane>();
        p->reload();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        CommandLine cl;
        cl.language = QStringLiteral("en");
        m_desk = std::make_unique<Desk>(cl, Desk::Services { m_settings.get(), &m_keys });
        QCoreApplication::installTranslator(&m_marks);
        m_desk->startDemo(ApiConnection { m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer });
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->session()->mainWindow() != nullptr, 10000);
        m_desk->session()->mainWindow()->resize(1280, 800);
        m_desk->session()->mainWindow()->show();
        RetryPolicy fast;
        fast.setBaseDelayMs(20);
        m_desk->client()->setRetryPolicy(fast);
        m_desk->client()->setTransferTimeout(600);
        QVERIFY(waitForShownPaneSettled(*m_desk)); // the first load, unfaulted
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_marks);
        m_desk.reset();
        m_sandbox.reset();
    }

    void everyFaultGivesEveryPaneWords_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QJsonObject>("fault");
        const QList<QPair<const char *, QJsonObject>> faults {
            { "drop", { { QStringLiteral("type"), QStringLiteral("drop") } } },
            { "drop after headers", { { QStringLiteral("type"), QStringLiteral("drop_after_headers") } } },
            { "500", { { QStringLiteral("type"), QStringLiteral("status") }, { QStringLiteral("status"), 500 } } },
            { "503", { { QStringLiteral("type"), QStringLiteral("status") }, { QStringLiteral("status"), 503 } } },
            { "429 storm", { { QStringLiteral("type"), QStringLiteral("rate_limit") }, { QStringLiteral("retry_after"), 0 } } },
            { "stall", { { QStringLiteral("type"), QStringLiteral("latency") }, { QStringLiteral("latency_ms"), 1500 } } },
            { "malformed", { { QStringLiteral("type"), QStringLiteral("malformed") } } },
            { "truncated", { { QStringLiteral("type"), QStringLiteral("truncated") } } },
            { "wrong types", { { QStringLiteral("type"), QStringLiteral("wrong_types") } } },
            { "success false", { { QStringLiteral("type"), QStringLiteral("success_false") } } },
        };
        const QStringList panes { QStringLiteral("account"), QStringLiteral("inbox"), QStringLiteral("contacts"),
            QStringLiteral("calendar"), QStringLiteral("webhooks"), QStringLiteral("team") };
        for (const QString &pane : panes) {
            for (const auto &fault : faults) {
                const QByteArray tag = pane.toLatin1() + ", " + fault.first;
                QTest::newRow(tag.constData()) << pane << fault.second;
            }
        }
    }

    void everyFaultGivesEveryPaneWords()
    {
        QFETCH(QString, pane);
        QFETCH(QJsonObject, fault);
        TestHttp &http = m_sandbox->http();
        QCOMPARE(http.del(QStringLiteral("/_sandbox/faults")).status, 200);
        QTest::qWait(50);
        fault.insert(QStringLiteral("path"), QStringLiteral("/api/v1/*"));
        fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
        QCOMPARE(http.post(QStringLiteral("/_sandbox/faults"), fault).status, 201);
        m_desk->session()->mainWindow()->setCurrentPane(pane);
        m_failure.reset();
        QWidget *widget = reloadPane(pane);
        QVERIFY(widget);
        QTRY_VERIFY_WITH_TIMEOUT(m_failure.has_value(), 15000);
        const QString words = userMessage(*m_failure);
        QVERIFY2(!words.trimmed().isEmpty(), "a load error without words");
        QVERIFY2(words.contains(kOpen), qPrintable(words));
        // On screen, in the pane, with those words.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto labels = widget->findChildren<QLabel *>();
                for (const QLabel *label : labels) {
                    if (label->isVisibleTo(widget) && label->text().contains(words))
                        return true;
                }
                return false;
            }(),
            5000);
        QCOMPARE(http.del(QStringLiteral("/_sandbox/faults")).status, 200);
    }
};

QTEST_MAIN(TestPaneLoadFaults)
#include "tst_paneloadfaults.moc"
