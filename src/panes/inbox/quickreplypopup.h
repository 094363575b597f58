// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QuickRepliesStore;
class QuickReplyList;

// The "/" quick replies: a list that sits just above the reply box, never over it, and
// narrows with every letter typed after the slash. The reply box keeps the keyboard focus
// the whole time; the composer hands it Up, Down, Enter, Tab and Escape (handleKey()).
// It is a child of the window, not a popup window, so it takes no focus and no grab.
class QuickReplyPopup final : public QFrame
{
    Q_OBJECT

public:
    QuickReplyPopup(QuickRepliesStore &replies, QPlainTextEdit *editor);

    // Shows the replies matching filter above the editor (or updates the open list).
    void showFor(const QString &filter);
    // The key, when the list is open: true when it was the list's to handle.
    bool handleKey(int key);
    QString currentReply() const;
    QuickReplyList *list() const { return m_list; }

Q_SIGNALS:
    void chosen(const QString &reply);
    void dismissed();

private:
    void place();

    QuickRepliesStore &m_replies;
    QPlainTextEdit *m_editor;
    QuickReplyList *m_list;
    QLabel *m_empty;
};
