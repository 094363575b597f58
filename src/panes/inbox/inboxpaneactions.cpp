// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// InboxPane's keyboard commands, its menu and its Pane contract (kept apart from the
// layout and the logic).
#include "inboxpane.h"

#include "composerwidget.h"
#include "apierrortext.h"
#include "conversationsmodel.h"
#include "draftstore.h"
#include "inboxnotifier.h"
#include "messagedelegate.h"
#include "threadmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>

namespace {
QAction *command(QWidget *owner, const QString &text, const QKeySequence &key, const char *name)
{
    auto *a = new QAction(text, owner);
    a->setObjectName(QLatin1String(name));
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    owner->addAction(a);
    return a;
}
} // namespace

void InboxPane::buildActions()
{
    QAction *next = command(this, tr("Next conversation"), QKeySequence(Qt::ALT | Qt::Key_Down), "nextConversationAction");
    QAction *previous = command(this, tr("Previous conversation"), QKeySequence(Qt::ALT | Qt::Key_Up), "previousConversationAction");
    QAction *find = command(this, tr("Search conversations"), QKeySequence(Qt::CTRL | Qt::Key_F), "findAction");
    QAction *compose = command(this, tr("Jump to reply"), QKeySequence(Qt::CTRL | Qt::Key_R), "composeAction");
    QAction *sendNow = command(this, tr("Send reply"), QKeySequence(Qt::CTRL | Qt::Key_Return), "sendAction");
    QAction *refresh = command(this, tr("Refresh"), QKeySequence(Qt::Key_F5), "refreshAction");
    connect(next, &QAction::triggered, this, [this] { moveSelection(1); });
    connect(previous, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(compose, &QAction::triggered, m_composer, &ComposerWidget::focusEditor);
    connect(sendNow, &QAction::triggered, this, [this] {
        // The composer's own key handling covers the editor; this covers everywhere else.
        if (auto *b = m_composer->findChild<QPushButton *>(QStringLiteral("sendButton")); b && b->isEnabled())
            b->click();
    });
    connect(refresh, &QAction::triggered, this, &InboxPane::reload);
    m_search->setToolTip(find->toolTip());
    m_composer->editor()->setToolTip(compose->toolTip());
    m_list->setToolTip(tr("%1, %2").arg(next->toolTip(), previous->toolTip()));

    auto *mute = new QAction(tr("Mute notifications"), this);
    mute->setObjectName(QStringLiteral("muteAction"));
    mute->setCheckable(true);
    mute->setChecked(m_prefs.muted);
    connect(mute, &QAction::toggled, this, [this](bool on) {
        InboxSettings prefs = m_prefs;
        prefs.muted = on;
        applyPreferences(prefs);
    });
    QAction *settings = command(this, tr("Inbox settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), "inboxSettingsAction");
    connect(settings, &QAction::triggered, this, &InboxPane::openSettingsDialog);

    auto *menuButton = findChild<QPushButton *>(QStringLiteral("inboxMenuButton"));
    menuButton->setToolTip(tr("Inbox commands; %1").arg(settings->toolTip()));
    QMenu *menu = menuButton->menu();
    menu->setToolTipsVisible(true);
    menu->addActions({next, previous, find, compose, sendNow, refresh});
    menu->addSeparator();
    menu->addActions({mute, settings});
}

// The Pane contract (see pane.h).
QString InboxPane::paneTitle() const { return tr("Inbox"); }
bool InboxPane::isBusy() const { return m_conversations->isLoading() || m_thread->isLoading(); }
bool InboxPane::hasStarted() const { return m_started; }

void InboxPane::handleSendFailed(int row, const ApiError &error)
{
    // Refused before a byte left (the server is unreachable): nothing was sent and nothing
    // will send it later. The text goes back into the empty reply box, ready for when the
    // server is back; text typed meanwhile stays, and the failed bubble keeps its Edit.
    if (error.requestNeverSent && m_composer->text().isEmpty()) {
        const QString text = m_thread->discard(row);
        m_composer->setText(text);
        m_drafts->setDraft(m_current, text);
    }
    if (error.kind == ApiError::Kind::Validation || error.requestNeverSent)
        m_composer->showProblem(tr("The message was not sent: %1").arg(userMessageForWrite(error)));
    Q_EMIT loadFailed(error);
}
