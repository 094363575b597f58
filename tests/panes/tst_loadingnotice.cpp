// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// LoadingNotice: nothing for a quick load, "Loading…" after the first delay, "taking
// longer than usual" after the second, gone when the load ends; idle while hidden.
#include "loadingnotice.h"

#include <QTest>
#include <QVBoxLayout>

class TestLoadingNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLoadingThenTakingLonger()
    {
        QWidget pane;
        bool loading = false;
        auto *notice = new LoadingNotice(&pane, [&loading] { return loading; }, &pane);
        (new QVBoxLayout(&pane))->addWidget(notice);
        notice->setDelays(150, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        loading = true;
        QTest::qWait(60);
        QVERIFY(!notice->isVisible()); // a quick load shows nothing
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 1000);
        QCOMPARE(notice->text(), QStringLiteral("Loading…"));
        QVERIFY(!notice->isSlow());
        QTRY_VERIFY_WITH_TIMEOUT(notice->isSlow(), 2000);
        QVERIFY(notice->text().contains(QStringLiteral("taking longer than usual")));

        loading = false;
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 1000);
        // A new load starts its own clock.
        loading = true;
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 1000);
        QVERIFY(!notice->isSlow());
    }

    void hiddenPaneAsksNothing()
    {
        QWidget pane;
        int asked = 0;
        auto *notice = new LoadingNotice(&pane, [&asked] { ++asked; return true; }, &pane);
        notice->setDelays(50, 200);
        QTest::qWait(200);
        QCOMPARE(asked, 0);
        pane.show();
        QTRY_VERIFY(asked > 0);
        pane.hide();
        const int before = asked;
        QTest::qWait(200);
        QCOMPARE(asked, before);
    }
};

QTEST_MAIN(TestLoadingNotice)
#include "tst_loadingnotice.moc"
