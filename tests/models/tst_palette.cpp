// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command palette's rules without widgets: fuzzy matching (Latin and Arabic), the
// order of rows (recent choices first), recent choices per profile, and the server search
// (debounced, stale answers dropped, merged without duplicates).
#include "booking.h"
#include "contactsapi.h"
#include "fakeconversationsapi.h"
#include "fuzzymatch.h"
#include "paletteentries.h"
#include "palettemodel.h"
#include "paletterecents.h"
#include "palettesearch.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

// Records list() calls; the test answers them.
class ScriptedContactsApi final : public ContactsApi
{
public:
    struct Call
    {
        ContactQuery query;
        QPointer<QObject> context;
        ApiCallback<Page<Contact>> callback;
    };
    QList<Call> calls;

    void answer(int i, const QList<Contact> &contacts)
    {
        Call &c = calls[i];
        if (c.context && c.callback)
            c.callback(Page<Contact>{contacts, PageMeta::singlePage(int(contacts.size()))});
    }
    void list(const ContactQuery &query, QObject *context, ApiCallback<Page<Contact>> callback) override
    {
        calls.append({query, context, std::move(callback)});
    }
    void get(qint64, QObject *, ApiCallback<Contact>) override { }
    void create(const ContactInput &, QObject *, ApiCallback<Contact>) override { }
    void update(qint64, const ContactInput &, QObject *, ApiCallback<Contact>) override { }
    void remove(qint64, QObject *, ApiCallback<ApiDone>) override { }
    void toggleBlacklist(qint64, QObject *, ApiCallback<BlacklistState>) override { }
    void listNotes(qint64, const PageRequest &, QObject *, ApiCallback<Page<Note>>) override { }
    void addNote(qint64, const QString &, QObject *, ApiCallback<Note>) override { }
};

PaletteEntry entry(PaletteEntry::Kind kind, const QString &key, const QString &title, const QString &detail = {})
{
    PaletteEntry e;
    e.kind = kind;
    e.key = key;
    e.title = title;
    e.detail = detail;
    return e;
}

Contact contact(qint64 id, const QString &name, const QString &phone = {})
{
    Contact c;
    c.id = id;
    c.name = name;
    c.phone = phone;
    return c;
}

QStringList titles(const PaletteModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fuzzyMatching_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<bool>("matches");
        QTest::newRow("prefix") << QStringLiteral("sar") << QStringLiteral("Sarah Johnson") << true;
        QTest::newRow("case") << QStringLiteral("SARAH") << QStringLiteral("sarah johnson") << true;
        QTest::newRow("word start") << QStringLiteral("john") << QStringLiteral("Sarah Johnson") << true;
        QTest::newRow("initials") << QStringLiteral("sj") << QStringLiteral("Sarah Johnson") << true;
        QTest::newRow("scattered in order") << QStringLiteral("shn") << QStringLiteral("Sarah Johnson") << true;
        QTest::newRow("out of order") << QStringLiteral("nhs") << QStringLiteral("Sarah Johnson") << false;
        QTest::newRow("missing letter") << QStringLiteral("sarx") << QStringLiteral("Sarah Johnson") << false;
        QTest::newRow("accent") << QStringLiteral("jose") << QStringLiteral("José Álvarez") << true;
        QTest::newRow("alef forms") << QStringLiteral("احمد") << QStringLiteral("أحمد العلي") << true;
        QTest::newRow("tashkeel") << QStringLiteral("محمد") << QStringLiteral("مُحَمَّد") << true;
        QTest::newRow("teh marbuta") << QStringLiteral("فاطمه") << QStringLiteral("فاطمة") << true;
        QTest::newRow("arabic digits") << QStringLiteral("٢٠٢٦-٠٣") << QStringLiteral("2026-03-04") << true;
        QTest::newRow("longer than text") << QStringLiteral("sarah johnson x") << QStringLiteral("Sarah Johnson") << false;
    }

    void fuzzyMatching()
    {
        QFETCH(QString, needle);
        QFETCH(QString, haystack);
        QFETCH(bool, matches);
        QCOMPARE(FuzzyMatch::score(needle, haystack) > 0, matches);
    }

    // Whole-text prefix beats a word start, which beats a run inside a word, which beats
    // scattered letters: what the user most likely meant comes first.
    void betterMatchesScoreHigher()
    {
        const int prefix = FuzzyMatch::score(QStringLiteral("cal"), QStringLiteral("Calendar"));
        const int wordStart = FuzzyMatch::score(QStringLiteral("cal"), QStringLiteral("Print the calendar"));
        const int inside = FuzzyMatch::score(QStringLiteral("cal"), QStringLiteral("Focal point"));
        const int scattered = FuzzyMatch::score(QStringLiteral("cal"), QStringLiteral("Clear all"));
        QVERIFY2(prefix > wordStart, qPrintable(QStringLiteral("%1 %2").arg(prefix).arg(wordStart)));
        QVERIFY2(wordStart > inside, qPrintable(QStringLiteral("%1 %2").arg(wordStart).arg(inside)));
        QVERIFY2(inside > scattered, qPrintable(QStringLiteral("%1 %2").arg(inside).arg(scattered)));
        QVERIFY(scattered > 0);
        // Letters at word starts beat the same letters scattered inside words.
        QVERIFY(FuzzyMatch::score(QStringLiteral("nc"), QStringLiteral("New contact"))
                > FuzzyMatch::score(QStringLiteral("nc"), QStringLiteral("Announce")));
    }

    void rowsAreOrderedByMatchThenKind()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocalEntries({entry(PaletteEntry::Kind::Action, QStringLiteral("a:1"), QStringLiteral("Print the calendar")),
                               entry(PaletteEntry::Kind::Section, QStringLiteral("s:cal"), QStringLiteral("Calendar")),
                               entry(PaletteEntry::Kind::Contact, QStringLiteral("c:1"), QStringLiteral("Pascal Weber")),
                               entry(PaletteEntry::Kind::Contact, QStringLiteral("c:2"), QStringLiteral("Mona Said"))});
        model.setQuery(QStringLiteral("cal"));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Calendar"), QStringLiteral("Print the calendar"),
                                             QStringLiteral("Pascal Weber")}));
        // The detail matches too, below a title match.
        model.setLocalEntries({entry(PaletteEntry::Kind::Contact, QStringLiteral("c:1"), QStringLiteral("Mona Said"),
                                     QStringLiteral("+971501234567")),
                               entry(PaletteEntry::Kind::Contact, QStringLiteral("c:2"), QStringLiteral("5012 Cafe"))});
        model.setQuery(QStringLiteral("5012"));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("5012 Cafe"), QStringLiteral("Mona Said")}));
        // Several words: each must match somewhere, in any order.
        model.setQuery(QStringLiteral("said 971"));
        QCOMPARE(titles(model), QStringList{QStringLiteral("Mona Said")});
    }

    void recentChoicesComeFirst()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PaletteEntry calendar = entry(PaletteEntry::Kind::Section, QStringLiteral("section:calendar"), QStringLiteral("Calendar"));
        const PaletteEntry contacts = entry(PaletteEntry::Kind::Section, QStringLiteral("section:contacts"), QStringLiteral("Contacts"));
        const PaletteEntry carla = entry(PaletteEntry::Kind::Contact, QStringLiteral("contact:7"), QStringLiteral("Carla Nunez"));
        model.setLocalEntries({calendar, contacts});
        model.setQuery(QStringLiteral("c"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Calendar")); // best match first
        // Carla (remembered, not loaded) and Contacts were chosen lately: newest first, above better matches.
        model.setRecentEntries({carla, contacts});
        QCOMPARE(titles(model).mid(0, 3), (QStringList{QStringLiteral("Carla Nunez"), QStringLiteral("Contacts"),
                                                       QStringLiteral("Calendar")}));
        QVERIFY(model.index(0, 0).data(PaletteModel::RecentRole).toBool());
        QVERIFY(!model.index(2, 0).data(PaletteModel::RecentRole).toBool());
        // A recent choice that does not match stays out.
        model.setQuery(QStringLiteral("calen"));
        QCOMPARE(titles(model), QStringList{QStringLiteral("Calendar")});
        // Nothing typed: recent choices, then sections and commands; contacts only when recent.
        model.setLocalEntries({calendar, contacts, entry(PaletteEntry::Kind::Contact, QStringLiteral("contact:9"), QStringLiteral("Zed"))});
        model.setQuery({});
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Carla Nunez"), QStringLiteral("Contacts"),
                                             QStringLiteral("Calendar")}));
        // A section no longer in this window (another role, a pane removed) is not offered from memory.
        model.setRecentEntries({entry(PaletteEntry::Kind::Section, QStringLiteral("section:team"), QStringLiteral("Team"))});
        QVERIFY(!titles(model).contains(QStringLiteral("Team")));
    }

    void recentsAreRememberedPerProfile()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        PaletteRecents main(settings, QStringLiteral("Main branch"));
        PaletteRecents other(settings, QStringLiteral("Other branch"));
        PaletteEntry booking = entry(PaletteEntry::Kind::Booking, QStringLiteral("booking:5"), QStringLiteral("Sarah Johnson"),
                                     QStringLiteral("Wed 4 Mar 2026"));
        booking.id = 5;
        booking.when = QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc());
        main.remember(entry(PaletteEntry::Kind::Contact, QStringLiteral("contact:42"), QStringLiteral("Sarah")));
        main.remember(booking);
        QCOMPARE(other.entries().size(), 0);
        const QList<PaletteEntry> read = PaletteRecents(settings, QStringLiteral("Main branch")).entries();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).key, QStringLiteral("booking:5")); // newest first
        QCOMPARE(read.at(0).kind, PaletteEntry::Kind::Booking);
        QCOMPARE(read.at(0).id, 5);
        QCOMPARE(read.at(0).when, booking.when);
        // Choosing again moves it to the top without a duplicate; the list stays short.
        main.remember(entry(PaletteEntry::Kind::Contact, QStringLiteral("contact:42"), QStringLiteral("Sarah")));
        QCOMPARE(main.entries().at(0).key, QStringLiteral("contact:42"));
        QCOMPARE(main.entries().size(), 2);
        for (int i = 0; i < 20; ++i)
            main.remember(entry(PaletteEntry::Kind::Contact, QStringLiteral("contact:%1").arg(100 + i), QStringLiteral("C%1").arg(i)));
        QCOMPARE(main.entries().size(), PaletteRecents::Limit);
        QCOMPARE(main.entries().at(0).key, QStringLiteral("contact:119"));
    }

    void bookingsMatchByContactAndDate()
    {
        Booking b;
        b.id = 9;
        b.contactId = 42;
        b.title = QStringLiteral("Haircut – Sarah Johnson");
        b.startsAt = QDateTime(QDate(2026, 3, 4), QTime(9, 30), QTimeZone::utc());
        const PaletteEntry e = PaletteEntries::fromBooking(b, QStringLiteral("Sarah Johnson"), QTimeZone("Asia/Dubai"));
        PaletteModel model;
        model.setLocalEntries({e});
        for (const QString &typed : {QStringLiteral("sarah"), QStringLiteral("2026-03-04"), QStringLiteral("4/3"),
                                     QStringLiteral("sarah march"), QStringLiteral("haircut")}) {
            model.setQuery(typed);
            QVERIFY2(model.rowCount() == 1, qPrintable(typed));
        }
        model.setQuery(QStringLiteral("2026-03-05"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(e.when, b.startsAt);
        QVERIFY(e.detail.contains(QStringLiteral("13:30")) || e.detail.contains(QStringLiteral("1:30"))); // Dubai time
    }

    void serverSearchIsDebouncedAndDropsStaleAnswers()
    {
        ScriptedContactsApi contacts;
        FakeConversationsApi conversations;
        PaletteModel model;
        PaletteSearch search(contacts, conversations, model);
        search.setDelay(50);
        // A conversation already loaded locally: the server's copy must not double it.
        Conversation loaded;
        loaded.contact.id = 42;
        loaded.contact.name = QStringLiteral("Sarah Johnson");
        model.setLocalEntries({PaletteEntries::fromConversation(loaded)});

        search.setQuery(QStringLiteral("s")); // too short to ask
        search.setQuery(QStringLiteral("sa"));
        search.setQuery(QStringLiteral("sar"));
        QTRY_COMPARE(contacts.calls.size(), 1); // one request after the pause, for the last text
        QCOMPARE(contacts.calls.at(0).query.search, QStringLiteral("sar"));
        QCOMPARE(conversations.conversationCalls.size(), 1);
        QCOMPARE(conversations.conversationCalls.at(0).args.search, QStringLiteral("sar"));

        search.setQuery(QStringLiteral("sara"));
        QTRY_COMPARE(contacts.calls.size(), 2);
        model.setQuery(QStringLiteral("sara"));
        // The answer to "sar" arrives late: dropped.
        contacts.answer(0, {contact(7, QStringLiteral("Sara Stale"))});
        QVERIFY(!titles(model).contains(QStringLiteral("Sara Stale")));
        QSignalSpy finished(&search, &PaletteSearch::finished);
        contacts.answer(1, {contact(42, QStringLiteral("Sarah Johnson"), QStringLiteral("+971501234567"))});
        Conversation fromServer = loaded;
        conversations.conversationCalls[1].answer(Page<Conversation>{{fromServer}, PageMeta::singlePage(1)});
        QCOMPARE(finished.size(), 1);
        // The contact and the (one) conversation of Sarah.
        QCOMPARE(model.rowCount(), 2);
        QSet<int> kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds.insert(model.index(row, 0).data(PaletteModel::KindRole).toInt());
        QCOMPARE(kinds, (QSet<int>{int(PaletteEntry::Kind::Contact), int(PaletteEntry::Kind::Conversation)}));
        // Cleared text: the server's rows go.
        search.setQuery({});
        model.setQuery(QStringLiteral("sara"));
        QCOMPARE(model.rowCount(), 1); // the loaded conversation only
    }
};

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"
