// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ContactsModel and NotesModel against the real sandbox (demo seed): search, filters,
// sort, paging, blacklist, notes, and the model tester.
#include "contactsandbox.h"
#include "contactsmodel.h"
#include "notesmodel.h"
#include "testhttp.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

template<typename T> ApiResult<T> await(std::function<void(QObject *, ApiCallback<T>)> call)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    call(&context, [&result](const ApiResult<T> &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return ApiResult<T>(ApiError(ApiError::Kind::Timeout));
    return *result;
}

bool waitLoaded(ContactsModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 15000);
}

} // namespace

class TestContactsModel : public QObject
{
    Q_OBJECT

private:
    ContactSandbox m_sandbox;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void firstPageAndTotal()
    {
        ContactsModel model(*m_sandbox.api);
        QSignalSpy total(&model, &ContactsModel::totalChanged);
        model.setQuery({});
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), ContactsModel::pageSize);
        QVERIFY2(model.total() > 200, "the demo seed holds 200+ contacts");
        QCOMPARE(total.size(), 1);
        QVERIFY(model.canFetchMore({}));
    }

    void pagesAsTheViewScrolls()
    {
        ContactsModel model(*m_sandbox.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setQuery({});
        QVERIFY(waitLoaded(model));
        model.fetchMore({});
        model.fetchMore({}); // a second call while a page is on the wire does nothing
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 2 * ContactsModel::pageSize);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(waitLoaded(model));
        }
        QCOMPARE(model.rowCount(), model.total());
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.idAt(r));
        QCOMPARE(ids.size(), model.total());
    }

    void staleRepliesAreDropped()
    {
        ContactsModel model(*m_sandbox.api);
        ContactQuery first;
        first.search = QStringLiteral("a");
        model.setQuery(first);
        ContactQuery second;
        second.search = QStringLiteral("Sarah Johnson");
        model.setQuery(second);
        QVERIFY(waitLoaded(model));
        QTRY_COMPARE(m_sandbox.client->pendingCount(), 0); // the first search's reply is back too
        QCOMPARE(model.total(), model.rowCount());
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.nameAt(r).contains(QLatin1String("Sarah Johnson")));
    }

    void searchFindsByNameAndPhone()
    {
        ContactsModel model(*m_sandbox.api);
        ContactQuery q;
        q.search = QStringLiteral("sarah");
        model.setQuery(q);
        QVERIFY(waitLoaded(model));
        QVERIFY(model.rowCount() >= 1);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex name = model.index(r, ContactsModel::NameColumn);
            const QModelIndex email = model.index(r, ContactsModel::EmailColumn);
            QVERIFY(name.data().toString().contains(QLatin1String("sarah"), Qt::CaseInsensitive)
                || email.data().toString().contains(QLatin1String("sarah"), Qt::CaseInsensitive));
        }
        const QString phone = model.index(0, 0).data(ContactsModel::PhoneRole).toString();
        if (!phone.isEmpty()) {
            q.search = phone.right(7);
            model.setQuery(q);
            QVERIFY(waitLoaded(model));
            QVERIFY(model.rowOf(model.idAt(0)) == 0);
            bool found = false;
            for (int r = 0; r < model.rowCount(); ++r)
                found = found || model.index(r, 0).data(ContactsModel::PhoneRole).toString() == phone;
            QVERIFY(found);
        }
        q.search = QStringLiteral("zzzz-no-such-contact");
        model.setQuery(q);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
    }

    void filtersByChannelTagAndBlacklist()
    {
        ContactsModel model(*m_sandbox.api);
        ContactQuery q;
        q.channel = QStringLiteral("whatsapp");
        model.setQuery(q);
        QVERIFY(waitLoaded(model));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(ContactsModel::ChannelCodeRole).toString(), QStringLiteral("whatsapp"));

        q = {};
        q.isBlacklisted = true;
        model.setQuery(q);
        QVERIFY(waitLoaded(model));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(ContactsModel::IsBlacklistedRole).toBool());

        q = {};
        q.tag = QStringLiteral("vip");
        model.setQuery(q);
        QVERIFY(waitLoaded(model));
        QVERIFY2(model.rowCount() > 0, "the demo seed tags some contacts vip");
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, ContactsModel::TagsColumn).data().toString().contains(QLatin1String("vip")));
    }

    void sortsByName()
    {
        ContactsModel model(*m_sandbox.api);
        model.sort(ContactsModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.query().sort, QStringLiteral("name"));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(QString::compare(model.nameAt(r - 1), model.nameAt(r), Qt::CaseInsensitive) <= 0
                || model.nameAt(r - 1).isEmpty());
        model.sort(ContactsModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.query().sort, QStringLiteral("-name"));
        model.sort(ContactsModel::LastMessageColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.query().sort, QStringLiteral("-last_message_at"));
        QVERIFY(model.rowCount() > 0);
        model.sort(ContactsModel::CreatedColumn, Qt::AscendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.query().sort, QStringLiteral("created_at"));
        QVERIFY(!model.index(0, ContactsModel::CreatedColumn).data().toString().isEmpty());
        // The server cannot sort by phone: nothing is asked, nothing changes.
        model.sort(ContactsModel::PhoneColumn, Qt::AscendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.query().sort, QStringLiteral("created_at"));
    }

    void sortKeysRoundTrip()
    {
        for (int column = 0; column < ContactsModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString key = ContactsModel::sortKey(column, order);
                QCOMPARE(key.isEmpty(), !ContactsModel::isSortable(column));
                int back = -1;
                Qt::SortOrder backOrder = Qt::AscendingOrder;
                QCOMPARE(ContactsModel::sortColumnOf(key, &back, &backOrder), ContactsModel::isSortable(column));
                if (!key.isEmpty()) {
                    QCOMPARE(back, column);
                    QCOMPARE(backOrder, order);
                }
            }
        }
        QCOMPARE(ContactsModel::sortKey(ContactsModel::CreatedColumn, Qt::DescendingOrder), QStringLiteral("-created_at"));
        QVERIFY(ContactsModel::isSortable(ContactsModel::NameColumn));
        QVERIFY(!ContactsModel::isSortable(ContactsModel::EmailColumn));
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        QVERIFY(!ContactsModel::sortColumnOf(QStringLiteral("-phone"), &column, &order));
    }

    void blacklistToggledTwice()
    {
        ContactsModel model(*m_sandbox.api);
        model.setQuery({});
        QVERIFY(waitLoaded(model));
        const qint64 id = model.idAt(0);
        const bool before = model.index(0, 0).data(ContactsModel::IsBlacklistedRole).toBool();
        for (int round = 1; round <= 2; ++round) {
            const auto state = await<BlacklistState>([&](QObject *c, ApiCallback<BlacklistState> cb) {
                m_sandbox.api->toggleBlacklist(id, c, cb);
            });
            QVERIFY(state.isOk());
            QCOMPARE(state.value().isBlacklisted, round == 1 ? !before : before);
            model.setBlacklisted(id, state.value().isBlacklisted);
            QCOMPARE(model.index(0, ContactsModel::BlacklistedColumn).data().toString().isEmpty(),
                !state.value().isBlacklisted);
        }
        const auto contact = await<Contact>([&](QObject *c, ApiCallback<Contact> cb) { m_sandbox.api->get(id, c, cb); });
        QCOMPARE(contact.value().isBlacklisted, before);
    }

    void notesNewestFirstAndAdd()
    {
        NotesModel notes(*m_sandbox.api);
        QAbstractItemModelTester tester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&notes, &NotesModel::loaded);
        notes.setContact(42);
        QVERIFY(loaded.wait());
        const int before = notes.rowCount();
        for (int r = 1; r < before; ++r)
            QVERIFY(notes.index(r - 1).data(NotesModel::CreatedAtRole).toDateTime()
                >= notes.index(r).data(NotesModel::CreatedAtRole).toDateTime());
        QSignalSpy added(&notes, &NotesModel::noteAdded);
        notes.addNote(QString::fromUtf8("Prefers Arabic — تفضل العربية"));
        QVERIFY(added.wait());
        QCOMPARE(notes.rowCount(), before + 1);
        QCOMPARE(notes.index(0).data(NotesModel::ContentRole).toString(), QString::fromUtf8("Prefers Arabic — تفضل العربية"));

        NotesModel again(*m_sandbox.api);
        QSignalSpy reloaded(&again, &NotesModel::loaded);
        again.setContact(42);
        QVERIFY(reloaded.wait());
        QCOMPARE(again.index(0).data(NotesModel::ContentRole).toString(), QString::fromUtf8("Prefers Arabic — تفضل العربية"));
    }

    void emptyNoteIsNotSent()
    {
        NotesModel notes(*m_sandbox.api);
        QSignalSpy loaded(&notes, &NotesModel::loaded);
        notes.setContact(42);
        QVERIFY(loaded.wait());
        notes.addNote(QStringLiteral("   "));
        QVERIFY(!notes.isAdding());
    }

    void failureIsReported()
    {
        QVERIFY(m_sandbox.fixture->http().post(QStringLiteral("/_sandbox/faults"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
                {QStringLiteral("path"), QStringLiteral("/api/v1/contacts")}, {QStringLiteral("count"), 1}}).status == 201);
        ContactsModel model(*m_sandbox.api);
        QSignalSpy failed(&model, &ContactsModel::failed);
        model.setQuery({});
        QVERIFY(failed.wait());
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), ContactsModel::pageSize);
    }
};

QTEST_GUILESS_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
