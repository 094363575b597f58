// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QuickRepliesStore;
class QuickReplyPopup;

// The reply box: the channel to send on (the contact's own channels that are connected on
// the account: a web-chat customer is never answered on WhatsApp), the text, Send, and the
// reason when sending is not possible. Enter sends and Shift+Enter breaks the line (or
// the other way round, by setting); "/" at the start opens the quick replies above the box,
// narrowed by what is typed after it.
class ComposerWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerWidget(QuickRepliesStore &quickReplies, QWidget *parent = nullptr);

    void setChannels(const QStringList &connected, bool known);
    // The channels could not be loaded: Send stays off and says why (until setChannels()).
    void setChannelsFailed(const QString &why);
    bool channelsFailed() const { return !m_channelsError.isEmpty(); }
    void setConversation(bool known, const QString &channel, bool blacklisted);
    // The channels this contact can be reached on (ComposerRules::contactChannels).
    void setContactChannels(const QStringList &channels);
    QStringList offeredChannels() const;
    void setBlacklisted(bool blacklisted);
    QString channel() const;
    QString text() const;
    void setText(const QString &text);
    void setEnterSends(bool enterSends);
    bool enterSends() const { return m_enterSends; }
    void showProblem(const QString &text);
    QString reason() const;
    bool canSend() const;
    QPlainTextEdit *editor() const { return m_edit; }
    void focusEditor();
    void openQuickReplies();
    QuickReplyPopup *quickReplyPopup() const { return m_popup; }

Q_SIGNALS:
    void sendRequested(const QString &text, const QString &channel);
    void textEdited(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSend();
    void update();
    void fillChannels();
    void insertQuickReply(const QString &reply);

    QuickReplyPopup *m_popup = nullptr; // made on the first "/"
    bool m_popupReplaces = false; // "/filter" is replaced; from the button, inserted
    QStringList m_contactChannels; // empty until the contact (or conversation) is known
    QuickRepliesStore &m_quickReplies;
    QComboBox *m_channel;
    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_quick;
    QLabel *m_reason;
    QStringList m_connected;
    bool m_channelsKnown = false;
    bool m_conversationKnown = false;
    bool m_blacklisted = false;
    QString m_conversationChannel;
    QString m_problem;
    QString m_channelsError;
    bool m_enterSends = true;
};
