// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one pager every paged model uses (src/models/common/pager.h): its rules one by one,
// without a model or a server.
#include "pager.h"

#include <QTest>

namespace {
PageMeta meta(int current, int last)
{
    PageMeta m;
    m.currentPage = current;
    m.lastPage = last;
    return m;
}
} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReplyToARequestMadeBeforeAClearIsDropped()
    {
        Pager pager(50);
        const Pager::Request before = pager.start(1);
        pager.clear();
        QVERIFY(!pager.isCurrent(before));
        QVERIFY(!pager.accept(before, meta(1, 3)));
        QCOMPARE(pager.loadedPages(), 0);
        QVERIFY(!pager.isLoading());
        // The request made after the clear is the one answered.
        const Pager::Request after = pager.start(1);
        QVERIFY(pager.accept(after, meta(1, 3)));
        QCOMPARE(pager.loadedPages(), 1);
    }

    void aNewerRequestSupersedesTheOneOnItsWay()
    {
        Pager pager;
        const Pager::Request first = pager.start(1);
        const Pager::Request second = pager.start(1);
        QVERIFY(!pager.isCurrent(first));
        QVERIFY(pager.isCurrent(second));
    }

    void onePageIsInFlightAtATime()
    {
        Pager pager(30);
        const Pager::Request first = pager.start(1);
        QVERIFY(pager.accept(first, meta(1, 4)));
        // Accepted but its rows still going in: no next page yet.
        QVERIFY(pager.isLoading());
        QVERIFY(!pager.canFetchMore());
        QVERIFY(pager.done(first));
        QVERIFY(pager.canFetchMore());
        const Pager::Request second = pager.startNext();
        QCOMPARE(second.page, 2);
        QVERIFY(!pager.canFetchMore());
        pager.fail(second);
        // A failed page may be asked for again.
        QVERIFY(pager.canFetchMore());
        QCOMPARE(pager.startNext().page, 2);
    }

    void theLastPageStopsFetchMore()
    {
        Pager pager(30);
        Pager::Request r = pager.start(1);
        pager.accept(r, meta(1, 2));
        pager.done(r);
        QVERIFY(pager.canFetchMore());
        r = pager.startNext();
        pager.accept(r, meta(2, 2));
        pager.done(r);
        QCOMPARE(pager.loadedPages(), 2);
        QVERIFY(!pager.hasMore());
        QVERIFY(!pager.canFetchMore());
        // Nothing loaded yet: nothing to fetch more of either.
        pager.clear();
        QVERIFY(!pager.canFetchMore());
    }

    void loadAllFollowsEveryPage()
    {
        Pager pager(100);
        pager.setLoadAll(true);
        QList<int> asked;
        Pager::Request r = pager.start(1);
        for (;;) {
            asked.append(r.page);
            QVERIFY(pager.accept(r, meta(r.page, 3)));
            pager.done(r);
            if (!pager.wantsNextPage())
                break;
            r = pager.startNext();
        }
        QCOMPARE(asked, QList<int>({1, 2, 3}));
        pager.setLoadAll(false);
        pager.clear();
        r = pager.start(1);
        pager.accept(r, meta(1, 3));
        QVERIFY(!pager.wantsNextPage());
    }

    void thePageSizeIsSent()
    {
        Pager pager(25);
        const Pager::Request r = pager.start(3);
        QCOMPARE(pager.pageRequest(r).page, 3);
        QCOMPARE(pager.pageRequest(r).perPage, 25);
        pager.setPageSize(7);
        QCOMPARE(pager.pageRequest(pager.startNext()).perPage, 7);
    }

    void aRefreshKeepsThePosition()
    {
        Pager pager(30);
        Pager::Request r = pager.start(1);
        pager.accept(r, meta(1, 5));
        pager.done(r);
        r = pager.startNext();
        pager.accept(r, meta(2, 5));
        pager.done(r);
        r = pager.start(1, true);
        pager.accept(r, meta(1, 5));
        pager.done(r);
        QCOMPARE(pager.loadedPages(), 2);
    }

    void savedAtIsTheOldestCachedPageAndClearsWithServerPages()
    {
        Pager pager(30);
        int changes = 0;
        pager.onSavedAtChanged([&changes] { ++changes; });
        const QDateTime older(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC);
        const QDateTime newer = older.addSecs(3600);
        Pager::Request r = pager.start(1);
        pager.accept(r, meta(1, 3), newer);
        pager.done(r);
        QCOMPARE(pager.savedAt(), newer);
        QCOMPARE(changes, 1);
        r = pager.startNext();
        pager.accept(r, meta(2, 3), older);
        pager.done(r);
        QCOMPARE(pager.savedAt(), older);
        QCOMPARE(changes, 2);
        // The server answers both pages again: the rows are live.
        r = pager.start(1, true);
        pager.accept(r, meta(1, 3));
        QCOMPARE(pager.savedAt(), older);
        r = pager.start(2, true);
        pager.accept(r, meta(2, 3));
        QVERIFY(!pager.savedAt().isValid());
        QCOMPARE(changes, 3);
        // A reload that reads fewer pages forgets the ages of those no longer shown.
        r = pager.start(2, true);
        pager.accept(r, meta(2, 3), older);
        r = pager.start(1);
        pager.accept(r, meta(1, 3));
        QVERIFY(!pager.savedAt().isValid());
        // clear() forgets them too.
        r = pager.start(1);
        pager.accept(r, meta(1, 3), older);
        QVERIFY(pager.savedAt().isValid());
        pager.clear();
        QVERIFY(!pager.savedAt().isValid());
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
