// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The inbox's rule classes on their own: drafts on disk, quick replies, what to notify,
// and the composer's rules (channels offered, why sending is refused, the send key).
#include "composerrules.h"
#include "draftstore.h"
#include "inboxnotifier.h"
#include "inboxsettings.h"
#include "quickrepliesstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestInboxStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftsAreWrittenAfterAPauseAndSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/drafts.json"));
        {
            DraftStore store(path);
            store.setDelay(50);
            store.setDraft(42, QStringLiteral("Hello Sarah"));
            store.setDraft(43, QStringLiteral("مرحبا أحمد"));
            QVERIFY(!QFile::exists(path)); // not a write per keystroke
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 2000);
        }
        {
            // A crash after the write: a new store reads the file as it is on disk.
            DraftStore again(path);
            QCOMPARE(again.draft(42), QStringLiteral("Hello Sarah"));
            QCOMPARE(again.draft(43), QStringLiteral("مرحبا أحمد"));
            again.setDraft(42, {});
            QVERIFY(again.flush());
        }
        DraftStore third(path);
        QCOMPARE(third.count(), 1);
        QVERIFY(third.draft(42).isEmpty());
    }

    void unreadableDraftFileIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        DraftStore store(path);
        QCOMPARE(store.count(), 0);
        store.setDraft(1, QStringLiteral("x"));
        QVERIFY(store.flush());
        QCOMPARE(DraftStore(path).draft(1), QStringLiteral("x"));
    }

    void quickRepliesAreKeptAndFiltered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QuickRepliesStore store(settings);
        QVERIFY(!store.replies().isEmpty()); // a few to start with
        store.setReplies({});
        QVERIFY(store.add(QStringLiteral("Your appointment is confirmed.")));
        QVERIFY(store.add(QStringLiteral("موعدك مؤكد")));
        QVERIFY(!store.add(QStringLiteral("  ")));
        QVERIFY(!store.add(QStringLiteral("موعدك مؤكد")));
        QCOMPARE(store.matching(QStringLiteral("APPOINT")), QStringList{QStringLiteral("Your appointment is confirmed.")});
        QCOMPARE(store.matching({}).size(), 2);
        QuickRepliesStore reread(settings);
        QCOMPARE(reread.replies().size(), 2);
        reread.remove(0);
        QCOMPARE(reread.replies(), QStringList{QStringLiteral("موعدك مؤكد")});
    }

    void notifiesOnlyWhenNotFocusedAndNotMuted()
    {
        InboxNotifier n;
        QSignalSpy notify(&n, &InboxNotifier::notify);
        QSignalSpy sound(&n, &InboxNotifier::playSound);
        Message m;
        m.id = 1;
        m.contactId = 42;
        m.direction = QStringLiteral("inbound");
        m.content = QStringLiteral("Hi there");
        n.setWindowActive(true);
        n.inbound(m, QStringLiteral("Sarah"), 0);
        QCOMPARE(notify.size(), 0);
        n.setWindowActive(false);
        m.id = 2;
        n.inbound(m, QStringLiteral("Sarah"), 0);
        QCOMPARE(notify.size(), 1);
        QCOMPARE(notify.first().at(0).toLongLong(), 42);
        QCOMPARE(notify.first().at(1).toString(), QStringLiteral("Sarah"));
        QCOMPARE(notify.first().at(2).toString(), QStringLiteral("Hi there"));
        n.inbound(m, QStringLiteral("Sarah"), 0); // the same message again: once is enough
        QCOMPARE(notify.size(), 1);
        m.direction = QStringLiteral("outbound");
        m.id = 3;
        n.inbound(m, QStringLiteral("Sarah"), 0);
        QCOMPARE(notify.size(), 1);
        n.setMuted(true);
        m.direction = QStringLiteral("inbound");
        m.id = 4;
        n.inbound(m, QStringLiteral("Sarah"), 0);
        QCOMPARE(notify.size(), 1);
        QCOMPARE(sound.size(), 0);
        n.setMuted(false);
        n.setSoundEnabled(true);
        n.setWindowActive(true);
        m.id = 5;
        n.inbound(m, QStringLiteral("Sarah"), 0);
        QCOMPARE(sound.size(), 1); // the sound also plays while focused
        QCOMPARE(notify.size(), 1);
        QSignalSpy total(&n, &InboxNotifier::unreadTotalChanged);
        n.setUnreadTotal(3);
        n.setUnreadTotal(3);
        QCOMPARE(total.size(), 1);
    }

    void soundWhileFocusedIsTheAgentsChoice()
    {
        InboxNotifier n;
        QSignalSpy sound(&n, &InboxNotifier::playSound);
        Message m;
        m.contactId = 42;
        m.direction = QStringLiteral("inbound");
        m.content = QStringLiteral("Hi");
        n.setSoundEnabled(true);
        n.setSoundWhenFocused(false);
        n.setWindowActive(true);
        m.id = 10;
        n.inbound(m, QStringLiteral("Sarah"), 42);
        QCOMPARE(sound.size(), 0);
        n.setWindowActive(false);
        m.id = 11;
        n.inbound(m, QStringLiteral("Sarah"), 42);
        QCOMPARE(sound.size(), 1); // in the background it still rings
        n.setSoundWhenFocused(true);
        n.setWindowActive(true);
        m.id = 12;
        n.inbound(m, QStringLiteral("Sarah"), 42);
        QCOMPARE(sound.size(), 2);
    }

    void clickingANotificationAsksForItsConversation()
    {
        InboxNotifier n;
        QSignalSpy open(&n, &InboxNotifier::openRequested);
        n.notificationClicked(); // nothing shown yet: nothing to open
        QCOMPARE(open.size(), 0);
        n.setWindowActive(false);
        Message m;
        m.id = 20;
        m.contactId = 43;
        m.direction = QStringLiteral("inbound");
        m.content = QStringLiteral("مرحبا");
        n.inbound(m, QStringLiteral("أحمد"), 0);
        n.notificationClicked();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), 43);
    }

    void theChimeIsAShortWaveInTheResources()
    {
        // QSoundEffect plays 16-bit PCM WAV; the chime must stay short to be a chime.
        QFile chime(QStringLiteral(":/sounds/chime.wav"));
        QVERIFY(chime.open(QIODevice::ReadOnly));
        const QByteArray wav = chime.readAll();
        QVERIFY(wav.size() > 44);
        QCOMPARE(wav.mid(0, 4), QByteArray("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        const auto u16 = [&wav](int at) { return quint16(quint8(wav.at(at)) | quint8(wav.at(at + 1)) << 8); };
        const auto u32 = [&](int at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
        QCOMPARE(u16(20), quint16(1)); // PCM
        QCOMPARE(u16(34), quint16(16)); // bits per sample
        const double seconds = double(wav.size() - 44) / u32(28); // bytes per second
        QVERIFY2(seconds > 0.2 && seconds < 1.0, qPrintable(QString::number(seconds)));
    }

    void inboxSettingsKeepIntervalsWithinTheBudget()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const InboxSettings defaults = InboxSettings::load(file);
        QCOMPARE(defaults.listSeconds, 15);
        QCOMPARE(defaults.threadSeconds, 5);
        QVERIFY(defaults.enterSends);
        QCOMPARE(defaults.requestsPerMinute(), 4 + 12);
        // A hand-edited file asking for a flood (or for never) is brought back into bounds.
        file.setValue(QStringLiteral("inbox/listRefreshSeconds"), 0);
        file.setValue(QStringLiteral("inbox/threadRefreshSeconds"), 100000);
        const InboxSettings edited = InboxSettings::load(file);
        QCOMPARE(edited.listSeconds, InboxSettings::MinListSeconds);
        QCOMPARE(edited.threadSeconds, InboxSettings::MaxThreadSeconds);
        // The fastest allowed refreshes still leave most of the budget for the agent.
        InboxSettings fastest;
        fastest.listSeconds = InboxSettings::MinListSeconds;
        fastest.threadSeconds = InboxSettings::MinThreadSeconds;
        QCOMPARE(fastest.requestsPerMinute(), 12 + 30);
        QVERIFY(fastest.requestsPerMinute() < InboxSettings::RateBudgetPerMinute / 2);
        InboxSettings s;
        s.listSeconds = 45;
        s.threadSeconds = 7;
        s.enterSends = false;
        s.soundEnabled = true;
        s.soundWhenFocused = false;
        s.muted = true;
        QCOMPARE(s.requestsPerMinute(), 2 + 9); // rounded up: 60/45 and 60/7
        s.save(file);
        QCOMPARE(InboxSettings::load(file), s);
    }

    void composerRules()
    {
        QList<Channel> channels(3);
        channels[0].channel = QStringLiteral("whatsapp");
        channels[0].status = QStringLiteral("connected");
        channels[1].channel = QStringLiteral("sms");
        channels[1].status = QStringLiteral("disconnected");
        channels[2].channel = QStringLiteral("email");
        channels[2].status = QStringLiteral("connected");
        const QStringList connected = ComposerRules::connectedChannels(channels);
        QCOMPARE(connected, (QStringList{QStringLiteral("whatsapp"), QStringLiteral("email")}));
        QCOMPARE(ComposerRules::defaultChannel(QStringLiteral("email"), connected), QStringLiteral("email"));
        QCOMPARE(ComposerRules::defaultChannel(QStringLiteral("sms"), connected), QStringLiteral("whatsapp"));
        QVERIFY(ComposerRules::disabledReason(true, false, QStringLiteral("whatsapp"), connected, true).isEmpty());
        QVERIFY(ComposerRules::disabledReason(true, true, QStringLiteral("whatsapp"), connected, true).contains(QStringLiteral("blacklisted")));
        QVERIFY(ComposerRules::disabledReason(true, false, QStringLiteral("sms"), connected, true).contains(QStringLiteral("not connected")));
        QVERIFY(!ComposerRules::disabledReason(true, false, {}, {}, true).isEmpty());
        QVERIFY(!ComposerRules::disabledReason(false, false, {}, connected, true).isEmpty());
        QVERIFY(ComposerRules::isSendKey(Qt::Key_Return, Qt::NoModifier, true));
        QVERIFY(!ComposerRules::isSendKey(Qt::Key_Return, Qt::ShiftModifier, true));
        QVERIFY(!ComposerRules::isSendKey(Qt::Key_Return, Qt::NoModifier, false));
        QVERIFY(ComposerRules::isSendKey(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier, false));
        QVERIFY(!ComposerRules::isSendKey(Qt::Key_A, Qt::NoModifier, true));
    }
};

QTEST_MAIN(TestInboxStores)
#include "tst_inboxstores.moc"
