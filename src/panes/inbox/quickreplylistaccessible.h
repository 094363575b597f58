// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QList>

class QuickReplyList;

// The quick-reply list as assistive technology sees it: a list whose items are the replies
// (named by their whole text) with a Press action that chooses the reply, as Enter does.
// Qt's own interface for item views (Qt 6.4) offers only select/toggle on a cell, which
// changes the current row and inserts nothing. Items are made on demand; one whose row
// is gone (the list narrows as the agent types) reports itself invalid.
class QuickReplyListAccessible final : public QAccessibleWidget
{
public:
    explicit QuickReplyListAccessible(QuickReplyList *list);
    ~QuickReplyListAccessible() override;

    // Registers the factory once; QuickReplyList's constructor calls it.
    static void install();

    QuickReplyList *list() const;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    mutable QList<QAccessible::Id> m_items; // by row
};
