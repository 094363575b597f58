// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Inbox with the server down (issue 14): once the conversations could not be loaded and
// the error says so, the next tries (the poll, Retry) must not put "Loading…" under that
// error as if nothing had gone wrong; seen in an offline screenshot.
#include "conversationsmodel.h"
#include "deskrun.h"
#include "inboxpane.h"
#include "loadingnotice.h"
#include "mainwindow.h"
#include "sandboxfixture.h"

#include <QEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Counts every time the watched widget is shown.
class ShowCounter final : public QObject
{
public:
    int shown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shown;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

class TestInboxLoadingNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noLoadingNoticeUnderTheLoadError()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        DeskRun run(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(run.openDemo(sandbox));
        run.window()->setCurrentPane(QStringLiteral("inbox"));
        run.window()->show();
        auto *inbox = run.window()->findChild<InboxPane *>();
        QVERIFY(inbox);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->conversationsModel()->rowCount() > 0, 10000);
        auto *notice = inbox->findChild<LoadingNotice *>(QStringLiteral("loadingNotice"));
        QVERIFY(notice);
        notice->setDelays(0, 10000); // any load the notice sees, it shows at once
        auto *error = inbox->findChild<QWidget *>(QStringLiteral("errorFrame"));
        QVERIFY(error);

        sandbox.stop();
        QSignalSpy failed(inbox->conversationsModel(), &ConversationsModel::failed);
        inbox->reload();
        QVERIFY(failed.wait(30000));
        QTRY_VERIFY(error->isVisible());
        QTRY_VERIFY(!notice->isVisible());

        // Try again while the server is still down: the client retries the read for a few
        // seconds, the model is loading all that time, and the error stays on screen.
        ShowCounter shows;
        notice->installEventFilter(&shows);
        inbox->reload();
        QVERIFY(inbox->conversationsModel()->isLoading());
        QVERIFY(failed.wait(30000));
        QVERIFY(error->isVisible());
        QCOMPARE(shows.shown, 0);
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestInboxLoadingNotice)
#include "tst_inboxloadingnotice.moc"
