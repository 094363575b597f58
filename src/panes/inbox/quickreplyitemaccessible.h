// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessiblelistitem.h"

class QuickReplyListAccessible;

// One reply of the "/" list: named by the reply's whole text; Press chooses it (the reply
// goes into the reply box exactly as Enter puts it there).
class QuickReplyItemAccessible final : public AccessibleListItem
{
public:
    QuickReplyItemAccessible(QuickReplyListAccessible *list, int row);

    int row() const { return m_row; }

    bool isValid() const override;
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

private:
    QuickReplyListAccessible *m_list; // owns this one (deletes it through its id)
    int m_row;
};
