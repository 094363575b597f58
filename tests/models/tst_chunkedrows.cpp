// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A page far larger than a screen goes into ConversationsModel a chunk per event-loop turn
// (ChunkedRowFeeder), newest first, and a reset cancels what is still to come.
#include "conversationsmodel.h"
#include "fakeconversationsapi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestChunkedRows : public QObject
{
    Q_OBJECT

    static Page<Conversation> bigPage(int rows)
    {
        Page<Conversation> page;
        page.meta = pageMeta(1, 1, rows);
        const QDateTime base(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
        for (int i = 1; i <= rows; ++i) {
            Conversation c;
            c.id = i;
            c.contact.id = i;
            c.contact.name = QStringLiteral("Customer %1").arg(i);
            c.updatedAt = base.addSecs((i * 7919) % rows); // shuffled times
            page.items.append(c);
        }
        return page;
    }

private Q_SLOTS:
    void aLargePageGoesInByChunksNewestFirst()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &ConversationsModel::loaded);
        model.refresh();
        QCOMPARE(api.conversationCalls.size(), 1);
        api.conversationCalls[0].answer(bigPage(5000));
        // Only the first chunk in this turn: the GUI thread is free again before the rest.
        QCOMPARE(model.rowCount(), ChunkedRowFeeder::DefaultChunkRows);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(loaded.size(), 0);
        QTRY_COMPARE(model.rowCount(), 5000);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        for (int row = 1; row < model.rowCount(); ++row) {
            const QDateTime before = model.index(row - 1, 0).data(ConversationsModel::UpdatedAtRole).toDateTime();
            const QDateTime here = model.index(row, 0).data(ConversationsModel::UpdatedAtRole).toDateTime();
            QVERIFY2(before >= here, qPrintable(QString::number(row)));
        }
    }

    void aNewQueryCancelsTheRest()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.refresh();
        api.conversationCalls[0].answer(bigPage(5000));
        QCOMPARE(model.rowCount(), ChunkedRowFeeder::DefaultChunkRows);
        model.setQuery(QStringLiteral("whatsapp"), false, QString());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(!inserted.wait(100)); // no chunk of the old list comes after the reset
        QCOMPARE(model.rowCount(), 0);
    }

    void aSmallPageIsOneReset()
    {
        FakeConversationsApi api;
        ConversationsModel model(api);
        QSignalSpy loaded(&model, &ConversationsModel::loaded);
        model.refresh();
        api.conversationCalls[0].answer(bigPage(30));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(loaded.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChunkedRows)
#include "tst_chunkedrows.moc"
