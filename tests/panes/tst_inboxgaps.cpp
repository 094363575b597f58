// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The day-one inbox gaps of issue 16: older messages that load page after page under a
// loading row, "/" quick replies narrowed as the agent types (the list never over the
// text), the composer offering only the contact's own channels, the quiet idle text, and
// tags and custom fields edited in the side panel.
// The thread runs on a scripted API; the rest against the real sandbox (demo seed).
#include "accessibleevents.h"
#include "apiclient.h"
#include "composerwidget.h"
#include "contactpanel.h"
#include "contacttagseditor.h"
#include "conversationsmodel.h"
#include "fakeconversationsapi.h"
#include "inboxpanetestbase.h"
#include "inboxpane.h"
#include "panenavigator.h"
#include "quickrepliesstore.h"
#include "quickreplylist.h"
#include "quickreplypopup.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "sandboxfixture.h"
#include "threadmodel.h"
#include "threadpanel.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

namespace {

class NoNavigation final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return false; }
    void openContact(int) override { }
    bool canOpenConversation() const override { return false; }
    void openConversation(int) override { }
    bool canBookAppointment() const override { return true; }
    void bookAppointment(const ContactRef &) override { }
};

// A page of a thread 7 with `count` messages, newest first, ids counting down from top.
Page<Message> messagePage(int page, int lastPage, int count, qint64 top)
{
    Page<Message> p;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.id = top - i;
        m.contactId = 7;
        m.channel = QStringLiteral("whatsapp");
        m.direction = m.id % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound");
        m.type = QStringLiteral("text");
        m.content = QStringLiteral("Message %1").arg(m.id);
        m.status = QStringLiteral("read");
        m.createdAt = QDateTime(QDate(2026, 3, 4), QTime(8, 0), QTimeZone::utc()).addSecs(m.id * 60);
        p.items.append(m);
    }
    p.meta = pageMeta(page, lastPage, count);
    return p;
}

bool hasRed(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 140 && c.green() < 90 && c.blue() < 90)
                return true;
        }
    }
    return false;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestInboxGaps : public QObject, private InboxPaneTestBase
{
    Q_OBJECT

private:
    NoNavigation m_navigator;

    std::unique_ptr<InboxPane> makePane()
    {
        auto pane = newPane(m_navigator);
        pane->setRefreshIntervals(600000, 600000, 600000);
        pane->resize(1200, 700);
        pane->show();
        return pane;
    }

    static bool open(InboxPane &pane, int contactId)
    {
        pane.openConversation(contactId);
        return QTest::qWaitFor([&] { return !pane.threadModel()->isLoading()
                                            && pane.contactPanel()->isLoaded()
                                            && pane.contactPanel()->contactId() == contactId; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startInbox(), qPrintable(m_fixture->error()));
    }

    void cleanupTestCase()
    {
        m_client->cancelAll();
    }

    // A first page too short to scroll left the older ones unreachable; and at the top the
    // next page came only after scrolling down and up again.
    void olderMessagesLoadContinuouslyUnderALoadingRow()
    {
        FakeConversationsApi api;
        ThreadModel model(api);
        model.setPageSize(4);
        QuickRepliesStore replies(*m_settings);
        ThreadPanel panel(model, replies);
        panel.resize(500, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *loadingRow = panel.findChild<QLabel *>(QStringLiteral("olderLoadingRow"));
        QVERIFY(loadingRow);
        QScrollBar *bar = panel.view()->verticalScrollBar();
        // Answers every open request with its page (4 messages each, 50 pages in all).
        const auto answerOpen = [&api] {
            bool any = false;
            for (qsizetype i = 0; i < api.messageCalls.size(); ++i) {
                if (!api.messageCalls[i].callback)
                    continue;
                const int page = api.messageCalls[i].args.page.page;
                api.messageCalls[i].answer(messagePage(page, 50, 4, 200 - 4 * (page - 1)));
                any = true;
            }
            return any;
        };
        const auto settle = [&] {
            for (int i = 0; i < 60; ++i) {
                QTest::qWait(30);
                if (!answerOpen() && !model.isLoadingOlder())
                    return true;
            }
            return false;
        };
        model.setContact(7);
        QCOMPARE(api.messageCalls.size(), 1);
        answerOpen();
        // Four messages do not fill the view: the next page is asked for by itself…
        QTRY_COMPARE(api.messageCalls.size(), 2);
        QCOMPARE(api.messageCalls[1].args.page.page, 2);
        // …under a row that says so.
        QVERIFY(loadingRow->isVisible());
        QVERIFY(!loadingRow->text().isEmpty());
        // And so on until the view is full, without any scrolling.
        QVERIFY(settle());
        QVERIFY(bar->maximum() > bar->minimum());
        QVERIFY(!loadingRow->isVisible());
        // At the top, twice in a row: each time the next page comes, no bounce needed.
        for (int round = 0; round < 2; ++round) {
            const qsizetype asked = api.messageCalls.size();
            const int rows = model.rowCount();
            bar->setValue(bar->minimum());
            QTRY_VERIFY2(api.messageCalls.size() > asked, qPrintable(QString::number(round)));
            QVERIFY(loadingRow->isVisible());
            QVERIFY(settle());
            QVERIFY(model.rowCount() > rows);
            QVERIFY(!loadingRow->isVisible());
            // What was at the top stays in sight: the reader is moved down with it.
            QVERIFY(bar->value() > bar->minimum());
        }
    }

    // "/" opened a menu over the reply box that could not be narrowed by typing.
    void quickRepliesNarrowAsTheAgentTypes()
    {
        auto pane = makePane();
        pane->quickReplies()->setReplies({QStringLiteral("Thank you for your message!"),
                                          QStringLiteral("We open at 9:00 tomorrow."),
                                          QStringLiteral("Your booking is confirmed.")});
        QVERIFY(open(*pane, 42));
        QApplication::setActiveWindow(pane.get());
        ComposerWidget *composer = pane->composer();
        QPlainTextEdit *edit = composer->editor();
        edit->setFocus();
        // Before the fix a modal menu opened here; close it so the test can report.
        QTimer::singleShot(1500, qApp, [] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
        });
        QTest::keyClick(edit, '/');
        QuickReplyPopup *popup = composer->quickReplyPopup();
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->list()->count(), 3);
        QTest::keyClicks(edit, QStringLiteral("book"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("/book"));
        QCOMPARE(popup->list()->count(), 1);
        QCOMPARE(popup->currentReply(), QStringLiteral("Your booking is confirmed."));
        // The list sits above the reply box: what is typed stays in sight.
        const QRect editRect(edit->mapTo(edit->window(), QPoint(0, 0)), edit->size());
        QVERIFY2(!popup->geometry().intersects(editRect), "the list covers the reply box");
        QVERIFY(edit->hasFocus());
        saveShot(pane.get(), QStringLiteral("inbox-quick-replies.png"));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(popup->list()->count(), 3);
        QTest::keyClicks(edit, QStringLiteral("open"));
        QTest::keyClick(edit, Qt::Key_Return); // chooses; does not send "/open"
        QCOMPARE(edit->toPlainText(), QStringLiteral("We open at 9:00 tomorrow."));
        QVERIFY(!popup->isVisible());
        QCOMPARE(pane->threadModel()->isSending(), false);
    }

    // A new message of the open conversation is said while the agent types elsewhere: an
    // Alert event for the announcement line, not only the label's NameChanged (voiced for
    // the focused object alone). Offscreen QAccessible stays inactive, so the events are
    // watched through AccessibleEvents.
    void aNewMessageOfTheOpenConversationIsAlerted()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, 42));
        QStringList alerts; // names of the objects an Alert was sent for
        QList<QObject *> alerted;
        AccessibleEvents::setTestObserver([&](QAccessibleEvent *event) {
            if (event->type() != QAccessible::Alert)
                return;
            alerts.append(event->accessibleInterface()->text(QAccessible::Name));
            alerted.append(event->object());
        });
        QCOMPARE(m_fixture->http()
                     .post(QStringLiteral("/_sandbox/contacts/42/inbound"),
                         {{QStringLiteral("content"), QStringLiteral("Can I come at 11?")}})
                     .status,
            201);
        pane->setRefreshIntervals(300, 300, 300);
        const QString said = QStringLiteral("New message from Sarah Johnson: Can I come at 11?");
        QTRY_COMPARE_WITH_TIMEOUT(alerts, QStringList{said}, 5000);
        AccessibleEvents::setTestObserver({});
        QCOMPARE(alerted.first(), pane->findChild<QLabel *>(QStringLiteral("threadAnnouncement")));
    }

    // Qt 6.4's list cells offer only select/toggle through accessibility: a screen-reader
    // user could move in the "/" list but never put a reply into the reply box.
    void quickRepliesArePressedThroughTheAccessibilityTree()
    {
        auto pane = makePane();
        pane->quickReplies()->setReplies({QStringLiteral("Thank you for your message!"),
                                          QStringLiteral("We open at 9:00 tomorrow.\nSee you then."),
                                          QStringLiteral("Your booking is confirmed.")});
        QVERIFY(open(*pane, 42));
        QApplication::setActiveWindow(pane.get());
        QPlainTextEdit *edit = pane->composer()->editor();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier); // a draft may be left
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, QStringLiteral("/o"));
        QuickReplyPopup *popup = pane->composer()->quickReplyPopup();
        QVERIFY(popup && popup->isVisible());
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(popup->list());
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QVERIFY(!list->text(QAccessible::Name).isEmpty());
        QCOMPARE(list->childCount(), 3); // "o" is in every one
        const QString wanted = QStringLiteral("We open at 9:00 tomorrow.\nSee you then.");
        QAccessibleInterface *item = nullptr;
        for (int i = 0; i < list->childCount(); ++i) {
            if (list->child(i)->text(QAccessible::Name) == wanted)
                item = list->child(i);
        }
        QVERIFY2(item, "no item named by its whole reply");
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), list);
        QCOMPARE(list->indexOfChild(item), 1);
        QVERIFY(list->focusChild() != item); // the first reply is the current one
        QAccessibleActionInterface *actions = item->actionInterface();
        QVERIFY(actions);
        QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
        actions->doAction(QAccessibleActionInterface::pressAction());
        // As Enter does: "/o" gives way to the whole reply, the list closes, nothing is sent.
        QCOMPARE(edit->toPlainText(), wanted);
        QVERIFY(!popup->isVisible());
        QCOMPARE(pane->threadModel()->isSending(), false);
    }

    // Issue 16 said Alt+Down (next conversation) was eaten in the notes list of the side
    // panel. Not reproduced (session 5); this guards it from the notes list and the note
    // field, left to right and right to left.
    void altDownFromTheNotesListMovesToTheNextConversation_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("notes list") << QStringLiteral("notesList") << false;
        QTest::newRow("note field") << QStringLiteral("noteEdit") << false;
        QTest::newRow("notes list, rtl") << QStringLiteral("notesList") << true;
        QTest::newRow("note field, rtl") << QStringLiteral("noteEdit") << true;
    }

    void altDownFromTheNotesListMovesToTheNextConversation()
    {
        QFETCH(QString, from);
        QFETCH(bool, rightToLeft);
        auto pane = makePane();
        pane->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        QApplication::setActiveWindow(pane.get());
        auto *list = pane->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 2, 10000);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        QTRY_COMPARE(list->currentIndex().row(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(pane->contactPanel()->isLoaded(), 10000);
        auto *target = pane->contactPanel()->findChild<QWidget *>(from);
        QVERIFY(target);
        QTRY_VERIFY(target->isEnabled());
        target->setFocus();
        QTRY_VERIFY(target->hasFocus());
        QTest::keyClick(target, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(list->currentIndex().row(), 0);
    }

    // A web-chat contact was offered WhatsApp (the business's channels, not theirs).
    void theComposerOffersTheContactsOwnChannels()
    {
        TestHttp &http = m_fixture->http();
        const TestReply made = http.post(QStringLiteral("/contacts"),
            {{QStringLiteral("name"), QStringLiteral("Web Visitor")},
             {QStringLiteral("phone"), QStringLiteral("+971509990001")},
             {QStringLiteral("channel"), QStringLiteral("webchat")}});
        QCOMPARE(made.status, 201);
        const int id = int(made.dataObject().value(QStringLiteral("id")).toInteger());
        QStringList connected;
        for (const QJsonValue &c : http.get(QStringLiteral("/account/channels")).dataArray()) {
            if (c.toObject().value(QStringLiteral("status")).toString() == u"connected")
                connected.append(c.toObject().value(QStringLiteral("channel")).toString());
        }
        QVERIFY(connected.contains(QStringLiteral("whatsapp")));
        auto pane = makePane();
        QVERIFY(open(*pane, id));
        ComposerWidget *composer = pane->composer();
        auto *combo = composer->findChild<QComboBox *>(QStringLiteral("channelCombo"));
        QTRY_VERIFY(!composer->reason().isEmpty() || combo->count() > 0);
        for (int i = 0; i < combo->count(); ++i)
            QCOMPARE(combo->itemData(i).toString(), QStringLiteral("webchat"));
        QVERIFY(composer->channel() != QStringLiteral("whatsapp"));
        if (!connected.contains(QStringLiteral("webchat"))) {
            QVERIFY(!composer->canSend());
            QVERIFY2(composer->reason().contains(QStringLiteral("Web")), qPrintable(composer->reason()));
        }
        saveShot(pane.get(), QStringLiteral("inbox-webchat-contact.png"));
        // Sarah is a WhatsApp contact: WhatsApp it is.
        QVERIFY(open(*pane, 42));
        QTRY_COMPARE(composer->channel(), QStringLiteral("whatsapp"));
    }

    // "Choose a conversation to reply." was red, like an error.
    void theIdleComposerTextIsNotAnError()
    {
        auto pane = makePane();
        ComposerWidget *composer = pane->composer();
        auto *reason = composer->findChild<QLabel *>(QStringLiteral("composerReason"));
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), QStringLiteral("Choose a conversation to reply."));
        QVERIFY(!hasRed(reason));
        // A real problem still stands out.
        composer->setConversation(true, QStringLiteral("whatsapp"), true);
        QVERIFY(reason->text().contains(QStringLiteral("blacklisted")));
        QVERIFY(hasRed(reason));
    }

    // Tags and custom fields could only be changed in the Contacts section.
    void tagsAndFieldsAreEditedInTheSidePanel()
    {
        auto pane = makePane();
        QVERIFY(open(*pane, 42));
        ContactPanel *panel = pane->contactPanel();
        auto *edit = panel->findChild<QPushButton *>(QStringLiteral("editTagsButton"));
        QVERIFY(edit && edit->isVisible() && edit->isEnabled());
        edit->click();
        ContactTagsEditor *editor = panel->tagsEditor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->tagsEdit()->text(), QStringLiteral("vip"));
        QCOMPARE(editor->fieldsTable()->rowCount(), 1);
        editor->tagsEdit()->setText(QStringLiteral("vip, returning"));
        editor->findChild<QPushButton *>(QStringLiteral("addFieldButton"))->click();
        QTableWidget *table = editor->fieldsTable();
        table->item(1, 0)->setText(QStringLiteral("preferred_doctor"));
        table->item(1, 1)->setText(QStringLiteral("Dr. Ahmed"));
        saveShot(pane.get(), QStringLiteral("inbox-edit-tags.png"));
        QSignalSpy saved(panel, &ContactPanel::contactSaved);
        editor->findChild<QPushButton *>(QStringLiteral("saveTagsButton"))->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(!editor->isVisible());
        const QJsonObject server = m_fixture->http().get(QStringLiteral("/contacts/42")).dataObject();
        QCOMPARE(server.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(server.value(QStringLiteral("custom_fields")).toObject().value(QStringLiteral("preferred_doctor")).toString(),
                 QStringLiteral("Dr. Ahmed"));
        QCOMPARE(server.value(QStringLiteral("custom_fields")).toObject().value(QStringLiteral("company")).toString(),
                 QStringLiteral("Acme"));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("contactTags"))->text().contains(QStringLiteral("returning")));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("contactFields"))->text().contains(QStringLiteral("Dr. Ahmed")));
    }

    // What the changes look like, in English and in Arabic (right to left); only when
    // SKYLIGHT_SCREENSHOT_DIR is set.
    void screenshotsInBothLanguages()
    {
        if (qEnvironmentVariableIsEmpty("SKYLIGHT_SCREENSHOT_DIR"))
            QSKIP("set SKYLIGHT_SCREENSHOT_DIR to save the screenshots");
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        for (const bool rtl : {false, true}) {
            if (rtl)
                QCoreApplication::installTranslator(&arabic);
            QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            const QString suffix = QLatin1String(rtl ? "-ar.png" : "-en.png");
            {
                auto pane = makePane();
                saveShot(pane.get(), QStringLiteral("inbox-idle") + suffix);
                pane->quickReplies()->setReplies({QStringLiteral("Thank you for your message!"),
                                                  QStringLiteral("We open at 9:00 tomorrow."),
                                                  QStringLiteral("Your booking is confirmed.")});
                QVERIFY(open(*pane, 42));
                QApplication::setActiveWindow(pane.get());
                pane->contactPanel()->editTags();
                pane->composer()->setText({});
                QPlainTextEdit *edit = pane->composer()->editor();
                edit->setFocus();
                QTest::keyClick(edit, '/');
                QTest::keyClick(edit, 'o');
                QVERIFY(pane->composer()->quickReplyPopup()->isVisible());
                QTest::qWait(50);
                saveShot(pane.get(), QStringLiteral("inbox-quick-replies-tags") + suffix);
            }
            {
                FakeConversationsApi api;
                ThreadModel model(api);
                model.setPageSize(4);
                QuickRepliesStore replies(*m_settings);
                ThreadPanel panel(model, replies);
                panel.resize(500, 400);
                panel.show();
                model.setContact(7);
                api.messageCalls[0].answer(messagePage(1, 50, 4, 200));
                QTRY_COMPARE(api.messageCalls.size(), 2);
                saveShot(&panel, QStringLiteral("thread-loading-older") + suffix);
            }
            if (rtl)
                QCoreApplication::removeTranslator(&arabic);
        }
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestInboxGaps)
#include "tst_inboxgaps.moc"
