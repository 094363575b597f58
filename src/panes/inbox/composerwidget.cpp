// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerwidget.h"

#include "channelsmodel.h"
#include "composerrules.h"
#include "plaintextwidgets.h"
#include "quickrepliesstore.h"
#include "quickreplypopup.h"
#include "statuscolours.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

ComposerWidget::ComposerWidget(QuickRepliesStore &quickReplies, QWidget *parent)
    : QWidget(parent)
    , m_quickReplies(quickReplies)
    , m_channel(new QComboBox(this))
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_quick(new QPushButton(tr("Quick replies"), this))
    , m_reason(new QLabel(this))
{
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setToolTip(tr("The channel the reply goes out on"));
    // Named for assistive technology even while it offers no channel (and so shows no text).
    m_channel->setAccessibleName(tr("Reply channel"));
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setPlaceholderText(tr("Type a reply; / for quick replies"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(110);
    m_edit->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_quick->setObjectName(QStringLiteral("quickRepliesButton"));
    m_quick->setToolTip(tr("Insert a quick reply (/ at the start of the reply)"));
    setEnterSends(true);
    m_reason->setObjectName(QStringLiteral("composerReason"));
    m_reason->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_reason, 0, 0, 1, 3);
    grid->addWidget(m_edit, 1, 0, 2, 1);
    grid->addWidget(m_channel, 1, 1, 1, 2);
    grid->addWidget(m_quick, 2, 1);
    grid->addWidget(m_send, 2, 2);
    grid->setColumnStretch(0, 1);

    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::requestSend);
    connect(m_quick, &QPushButton::clicked, this, &ComposerWidget::openQuickReplies);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_problem.clear();
        update();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        update();
        // The open "/" list follows the letters typed after the slash.
        if (m_popup && m_popup->isVisible() && m_popupReplaces) {
            const QString typed = text();
            if (typed.startsWith(QLatin1Char('/')) && !typed.contains(QLatin1Char('\n')))
                m_popup->showFor(typed.mid(1));
            else
                m_popup->hide();
        }
        Q_EMIT textEdited(m_edit->toPlainText());
    });
    update();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

void ComposerWidget::setChannels(const QStringList &connected, bool known)
{
    m_connected = connected;
    m_channelsKnown = known;
    m_channelsError.clear();
    fillChannels();
}

void ComposerWidget::setContactChannels(const QStringList &channels)
{
    m_contactChannels = channels;
    fillChannels();
}

QStringList ComposerWidget::offeredChannels() const
{
    return ComposerRules::offeredChannels(m_contactChannels, m_connected);
}

void ComposerWidget::fillChannels()
{
    const QStringList offered = offeredChannels();
    const QString current = channel();
    const QSignalBlocker block(m_channel);
    m_channel->clear();
    for (const QString &c : offered)
        m_channel->addItem(ChannelsModel::channelName(c), c);
    const QString wanted = offered.contains(current)
        ? current
        : ComposerRules::defaultChannel(m_conversationChannel, offered);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(wanted)));
    update();
}

void ComposerWidget::setChannelsFailed(const QString &why)
{
    m_channelsKnown = false;
    m_channelsError = why;
    update();
}

void ComposerWidget::setConversation(bool known, const QString &conversationChannel, bool blacklisted)
{
    m_conversationKnown = known;
    m_conversationChannel = conversationChannel;
    m_blacklisted = blacklisted;
    m_problem.clear();
    // Until the contact itself is read, the conversation's channel is the one known.
    m_contactChannels = conversationChannel.isEmpty() ? QStringList() : QStringList { conversationChannel };
    const QSignalBlocker block(m_channel);
    m_channel->setCurrentIndex(-1);
    fillChannels();
}

void ComposerWidget::setBlacklisted(bool blacklisted)
{
    m_blacklisted = blacklisted;
    update();
}

QString ComposerWidget::channel() const
{
    return m_channel->currentData().toString();
}

QString ComposerWidget::text() const
{
    return m_edit->toPlainText();
}

void ComposerWidget::setText(const QString &text)
{
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    update();
}

void ComposerWidget::showProblem(const QString &text)
{
    m_problem = text;
    update();
}

QString ComposerWidget::reason() const
{
    return m_reason->text();
}

bool ComposerWidget::canSend() const
{
    return ComposerRules::disabledReason(m_conversationKnown, m_blacklisted, channel(), m_connected,
                                         m_channelsKnown, m_channelsError).isEmpty()
        && offeredChannels().contains(channel()) && !channel().isEmpty();
}

void ComposerWidget::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void ComposerWidget::update()
{
    QString rule = ComposerRules::disabledReason(m_conversationKnown, m_blacklisted, channel(),
                                                 m_connected, m_channelsKnown, m_channelsError);
    if (rule.isEmpty() && m_conversationKnown && m_channelsKnown)
        rule = ComposerRules::contactChannelsReason(m_contactChannels, m_connected);
    // The text box stays editable even when sending is not possible: nothing typed is lost.
    m_edit->setEnabled(m_conversationKnown);
    m_channel->setEnabled(m_conversationKnown && !m_blacklisted && m_channel->count() > 0);
    m_send->setEnabled(canSend() && !text().trimmed().isEmpty());
    m_quick->setEnabled(m_conversationKnown);
    const QString shown = !rule.isEmpty() ? rule : m_problem;
    m_reason->setText(shown);
    m_reason->setVisible(!shown.isEmpty());
    // With no conversation open there is nothing wrong: say what to do in the quiet colour
    // of a hint, and keep red for what stops a reply.
    const bool idle = !m_conversationKnown;
    m_reason->setStyleSheet(idle ? QString() : StatusColours::errorStyle(palette()));
    m_reason->setForegroundRole(idle ? QPalette::PlaceholderText : QPalette::WindowText);
}

void ComposerWidget::requestSend()
{
    const QString t = text().trimmed();
    if (t.isEmpty() || !canSend())
        return;
    m_problem.clear();
    Q_EMIT sendRequested(t, channel());
}

void ComposerWidget::openQuickReplies()
{
    if (!m_popup) {
        m_popup = new QuickReplyPopup(m_quickReplies, m_edit);
        connect(m_popup, &QuickReplyPopup::chosen, this, &ComposerWidget::insertQuickReply);
        connect(m_popup, &QObject::destroyed, this, [this] { m_popup = nullptr; });
    }
    const QString typed = text();
    m_popupReplaces = typed.startsWith(QLatin1Char('/'));
    m_popup->showFor(m_popupReplaces ? typed.mid(1) : QString());
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::insertQuickReply(const QString &reply)
{
    m_popup->hide();
    if (reply.isEmpty())
        return;
    // A "/filter" is replaced; otherwise the reply is inserted where the cursor is.
    if (m_popupReplaces)
        m_edit->setPlainText(reply);
    else
        m_edit->insertPlainText(reply);
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus(Qt::OtherFocusReason);
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut && m_popup
        && QApplication::focusWidget() != m_edit)
        m_popup->hide();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_popup && m_popup->isVisible() && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
            && m_popup->handleKey(key->key()))
            return true;
        if (ComposerRules::isSendKey(key->key(), key->modifiers(), m_enterSends)) {
            requestSend();
            return true;
        }
        if (key->text() == QLatin1String("/") && text().isEmpty()) {
            m_edit->insertPlainText(QStringLiteral("/"));
            openQuickReplies();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWidget::setEnterSends(bool enterSends)
{
    m_enterSends = enterSends;
    m_send->setToolTip(enterSends ? tr("Send (Enter; Shift+Enter for a new line; Ctrl+Enter always sends)")
                                  : tr("Send (Ctrl+Enter; Enter starts a new line)"));
}
