// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpanel.h"

#include "accessibleevents.h"
#include "composerwidget.h"
#include "messagedelegate.h"
#include "messagekind.h"
#include "plaintextwidgets.h"
#include "threadmodel.h"
#include "threadviewproxy.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

ThreadPanel::ThreadPanel(ThreadModel &thread, QuickRepliesStore &quickReplies, QWidget *parent)
    : QWidget(parent)
    , m_thread(thread)
    , m_title(new QLabel(this))
    , m_announcement(new QLabel(this))
    , m_view(new QListView(this))
    , m_olderRow(new QLabel(tr("Loading older messages…"), this))
    , m_failBar(new QFrame(this))
    , m_failLabel(new QLabel(m_failBar))
    , m_composer(new ComposerWidget(quickReplies, this))
{
    m_title->setObjectName(QStringLiteral("threadTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_view->setObjectName(QStringLiteral("threadView"));
    m_olderRow->setObjectName(QStringLiteral("olderLoadingRow"));
    m_olderRow->setAlignment(Qt::AlignCenter);
    m_olderRow->setForegroundRole(QPalette::PlaceholderText);
    m_olderRow->hide();
    m_view->setAccessibleName(tr("Messages"));
    m_proxy = new ThreadViewProxy(this);
    m_proxy->setSourceModel(&m_thread);
    m_view->setModel(m_proxy);
    // New messages of the open conversation are said here: a screen reader hears the
    // label's name change (Qt 6.4 has no announcement event), a sighted agent who scrolled
    // up sees it.
    m_announcement->setObjectName(QStringLiteral("threadAnnouncement"));
    m_announcement->setTextFormat(Qt::PlainText);
    m_announcement->setWordWrap(true);
    m_view->setItemDelegate(new MessageDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_failBar->setObjectName(QStringLiteral("failBar"));
    m_failBar->setStyleSheet(QStringLiteral(
        "#failBar { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; }"));
    m_failLabel->setObjectName(QStringLiteral("failLabel"));
    m_failLabel->setWordWrap(true);
    auto *retrySend = new QPushButton(tr("Retry"), m_failBar);
    m_retrySend = retrySend;
    retrySend->setObjectName(QStringLiteral("retrySendButton"));
    retrySend->setToolTip(tr("Send this message again"));
    auto *editSend = new QPushButton(tr("Edit"), m_failBar);
    editSend->setObjectName(QStringLiteral("editFailedButton"));
    editSend->setToolTip(tr("Take the text back into the reply box"));
    auto *failLayout = new QHBoxLayout(m_failBar);
    failLayout->addWidget(m_failLabel, 1);
    failLayout->addWidget(retrySend);
    failLayout->addWidget(editSend);
    m_failBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_announcement);
    layout->addWidget(m_olderRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_failBar);
    layout->addWidget(m_composer);

    auto *copy = new QAction(tr("Copy text"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, &ThreadPanel::copySelection);

    connect(retrySend, &QPushButton::clicked, this, &ThreadPanel::retryFailed);
    connect(editSend, &QPushButton::clicked, this, &ThreadPanel::editFailed);
    connect(&m_thread, &ThreadModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && m_anchorFromBottom >= 0)
            m_olderAdded = true;
        if (first > 0 && m_stickToBottom)
            m_view->scrollToBottom();
    });
    connect(&m_thread, &ThreadModel::modelReset, this, [this] {
        m_stickToBottom = true;
        m_anchorFromBottom = -1;
        m_announcement->clear();
    });
    connect(&m_thread, &ThreadModel::inboundArrived, this, &ThreadPanel::announce);
    connect(&m_thread, &ThreadModel::loaded, this, [this] {
        if (m_stickToBottom)
            m_view->scrollToBottom();
        // A short first page leaves no scroll bar to reach the top with: fill the view.
        QTimer::singleShot(0, this, &ThreadPanel::checkTop);
    });
    connect(&m_thread, &ThreadModel::olderLoadingChanged, this, [this](bool loading) {
        m_olderRow->setVisible(loading);
        if (loading)
            return;
        // The list lays the new rows out later; put the reader back, then look again.
        QTimer::singleShot(0, this, [this] {
            m_view->doItemsLayout();
            restoreAnchor();
            if (m_olderAdded)
                checkTop();
            m_olderAdded = false;
        });
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] { restoreAnchor(); });
    connect(&m_thread, &ThreadModel::dataChanged, this, &ThreadPanel::updateFailBar);
    connect(&m_thread, &ThreadModel::rowsRemoved, this, &ThreadPanel::updateFailBar);
    connect(&m_thread, &ThreadModel::modelReset, this, &ThreadPanel::updateFailBar);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (m_anchorFromBottom < 0)
            m_stickToBottom = value >= bar->maximum() - 4;
        checkTop();
    });
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

void ThreadPanel::setTitle(const QString &title)
{
    PlainText::setText(m_title, title);
    m_proxy->setContactName(title);
}

void ThreadPanel::announce(const QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    const Message &last = messages.last();
    const QString from = m_title->text();
    const QString text = MessageKind::preview(last.type, last.content);
    m_announcement->setText(messages.size() == 1
            ? tr("New message from %1: %2").arg(from, text)
            : tr("%n new message(s) from %1, the last: %2", nullptr, int(messages.size()))
                  .arg(from, text));
    // The label's own NameChanged event is only a property change, which screen readers
    // voice for the focused object alone; Alert makes them say it wherever the focus is
    // (the agent is typing in the reply box).
    QAccessibleEvent alert(m_announcement, QAccessible::Alert);
    AccessibleEvents::send(&alert);
}

void ThreadPanel::followNewest()
{
    m_stickToBottom = true;
    m_view->scrollToBottom();
}

int ThreadPanel::lastFailedRow() const
{
    for (int row = m_thread.rowCount() - 1; row >= 0; --row) {
        const auto state = m_thread.index(row, 0).data(ThreadModel::SendStateRole).value<ThreadModel::SendState>();
        if (state == ThreadModel::SendState::Failed || state == ThreadModel::SendState::NotConfirmed)
            return row;
    }
    return -1;
}

void ThreadPanel::updateFailBar()
{
    const int row = lastFailedRow();
    if (row < 0) {
        m_failBar->hide();
        return;
    }
    const QModelIndex i = m_thread.index(row, 0);
    const auto state = i.data(ThreadModel::SendStateRole).value<ThreadModel::SendState>();
    const QString error = i.data(ThreadModel::ErrorRole).toString();
    const bool unconfirmed = state == ThreadModel::SendState::NotConfirmed;
    // An unconfirmed message may be on its way to the customer: the button looks for it
    // again instead of sending a second copy.
    m_failLabel->setText(unconfirmed
        ? tr("The server did not confirm your message and it could not be checked; it may have been sent. Its text is kept.")
        : (error.isEmpty() ? tr("Your message was not sent. Its text is kept.")
                           : tr("Your message was not sent: %1 Its text is kept.").arg(error)));
    m_retrySend->setText(unconfirmed ? tr("Check again") : tr("Retry"));
    m_retrySend->setToolTip(unconfirmed ? tr("Look in the conversation for this message again")
                                        : tr("Send this message again"));
    m_failBar->show();
}

void ThreadPanel::retryFailed()
{
    m_thread.retry(lastFailedRow());
}

void ThreadPanel::editFailed()
{
    const QString text = m_thread.discard(lastFailedRow());
    if (text.isEmpty())
        return;
    const QString current = m_composer->text();
    m_composer->setText(current.isEmpty() ? text : text + QLatin1Char('\n') + current);
    Q_EMIT composerTextRestored(m_composer->text());
    m_composer->focusEditor();
}

void ThreadPanel::checkTop()
{
    if (!m_thread.canFetchMore({}) || m_thread.isLoading() || m_thread.rowCount() == 0)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    // Near the top: within half a screen of it, or no scroll bar at all.
    const int margin = m_view->viewport()->height() / 2;
    if (bar->maximum() == bar->minimum() || bar->value() - bar->minimum() <= margin)
        maybeLoadOlder();
}

void ThreadPanel::maybeLoadOlder()
{
    if (!m_thread.canFetchMore({}))
        return;
    // Keep the message under the agent's eyes where it is while rows are added above.
    QScrollBar *bar = m_view->verticalScrollBar();
    m_anchorFromBottom = bar->maximum() - bar->value();
    m_olderAdded = false;
    m_thread.fetchMore({});
}

void ThreadPanel::restoreAnchor()
{
    if (m_anchorFromBottom < 0 || m_thread.isLoadingOlder())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const int fromBottom = m_anchorFromBottom;
    m_anchorFromBottom = -1;
    const bool stick = m_stickToBottom;
    bar->setValue(bar->maximum() - fromBottom);
    m_stickToBottom = stick && fromBottom <= 4;
}

void ThreadPanel::copySelection()
{
    QStringList texts;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &i : std::as_const(rows))
        texts << MessageDelegate::bodyText(i);
    if (!texts.isEmpty())
        QApplication::clipboard()->setText(texts.join(QLatin1Char('\n')));
}
