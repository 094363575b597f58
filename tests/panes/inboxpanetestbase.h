// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Inbox pane tests share: the real sandbox (demo seed, pinned clock, rate limit out
// of the way), the conversations, contacts and account APIs over one client, drafts and
// settings in a folder of the test's own, and the desktop's services as fakes that record.
// InboxPaneTestBase is the sandbox and a pane on it (tst_inboxgaps too); InboxPaneTestCase
// adds a fresh sandbox per test and the steps tst_inboxthread, tst_inboxcomposer and
// tst_inboxnotifications take (open a conversation, type, press Enter).
#include "desktopnotifications.h"
#include "inboxpane.h"
#include "notificationsound.h"
#include "panenavigator.h"
#include "panesandboxtestbase.h"
#include "restaccountapi.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "threadmodel.h"
#include "contactpanel.h"
#include "conversationsmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace InboxTest {

class RecordingNavigator final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return true; }
    void openContact(int) override { }
    bool canOpenConversation() const override { return true; }
    void openConversation(int) override { }
    bool canBookAppointment() const override { return true; }
    void bookAppointment(const ContactRef &contact) override { booked.append(contact); }
    QList<ContactRef> booked;
};

// The desktop's notification service as the pane sees it.
class FakeDesktopNotifications final : public DesktopNotifications
{
public:
    bool isAvailable() override { return available; }
    void show(qint64 contactId, const QString &title, const QString &body) override
    {
        shown.append({contactId, title, body});
    }
    struct Shown
    {
        qint64 contactId;
        QString title;
        QString body;
    };
    bool available = true;
    QList<Shown> shown;
};

class CountingSound final : public NotificationSound
{
public:
    void play() override { ++plays; }
    int plays = 0;
};

using State = ThreadModel::SendState;

inline State stateOf(ThreadModel *model, int row)
{
    return model->index(row, 0).data(ThreadModel::SendStateRole).value<State>();
}

inline int countMessages(TestHttp &http, qint64 contactId, const QString &content)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const TestReply r = http.get(QStringLiteral("/contacts/%1/messages").arg(contactId), q);
    int n = 0;
    for (const QJsonValue &v : r.dataArray())
        n += v.toObject().value(QStringLiteral("content")).toString() == content ? 1 : 0;
    return n;
}

} // namespace InboxTest

class InboxPaneTestBase : public PaneSandboxTestBase
{
protected:
    std::unique_ptr<RestConversationsApi> m_conversations;
    std::unique_ptr<RestContactsApi> m_contacts;
    std::unique_ptr<RestAccountApi> m_account;

    // A fresh demo sandbox, client, APIs, folder and settings file.
    bool startInbox()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 10000;
        if (!startSandbox(options))
            return false;
        m_conversations = std::make_unique<RestConversationsApi>(m_client.get());
        m_contacts = std::make_unique<RestContactsApi>(m_client.get());
        m_account = std::make_unique<RestAccountApi>(m_client.get());
        return true;
    }

    // Nothing in flight, then the APIs, the client and the sandbox go (the folder stays
    // until the next start, so a test can still read what was stored).
    void stopInbox()
    {
        m_client->cancelAll();
        m_conversations.reset();
        m_contacts.reset();
        m_account.reset();
        stopClient();
        m_fixture.reset();
    }

    // A pane on the sandbox with its drafts in the test's folder; not yet shown.
    std::unique_ptr<InboxPane> newPane(PaneNavigator &navigator)
    {
        return std::make_unique<InboxPane>(InboxPane::Services { *m_conversations, *m_contacts,
            *m_account, navigator, *m_settings, m_dir->filePath(QStringLiteral("drafts.json")) });
    }
};

// One sandbox per test function: init() calls setUpSandbox(), cleanup() tearDownSandbox().
class InboxPaneTestCase : public InboxPaneTestBase
{
protected:
    InboxTest::RecordingNavigator m_navigator;

    bool setUpSandbox()
    {
        m_navigator.booked.clear();
        return startInbox();
    }

    void tearDownSandbox() { stopInbox(); }

    std::unique_ptr<InboxPane> makePane()
    {
        auto pane = newPane(m_navigator);
        pane->resize(1200, 700);
        pane->show();
        return pane;
    }

    static bool waitLoaded(InboxPane &pane)
    {
        return QTest::qWaitFor([&] { return pane.conversationsModel()->rowCount() > 0
                                            && !pane.conversationsModel()->isLoading(); }, 10000);
    }

    static bool open(InboxPane &pane, int contactId)
    {
        pane.openConversation(contactId);
        return QTest::qWaitFor([&] { return pane.threadModel()->rowCount() > 0 && !pane.threadModel()->isLoading()
                                            && pane.contactPanel()->isLoaded(); }, 10000);
    }

    static void type(InboxPane &pane, const QString &text)
    {
        auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    static void pressEnter(InboxPane &pane)
    {
        QTest::keyClick(pane.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")), Qt::Key_Return);
    }
};
