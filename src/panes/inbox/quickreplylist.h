// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

// The list of "/" quick replies. Its own class so that the accessibility tree can offer a
// Press action on each reply (QuickReplyListAccessible): Qt 6.4's item-view cells only
// offer select and toggle, so a screen-reader user could not choose a reply.
// Each item keeps the whole reply in Qt::UserRole (the text shown is one line).
class QuickReplyList final : public QListWidget
{
    Q_OBJECT

public:
    explicit QuickReplyList(QWidget *parent = nullptr);

    // The reply of `row` is chosen, as Enter in the reply box chooses the current one.
    void press(int row);
    QString reply(int row) const;

Q_SIGNALS:
    void replyPressed(const QString &reply);
};
