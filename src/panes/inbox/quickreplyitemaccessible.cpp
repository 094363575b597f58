// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickreplyitemaccessible.h"

#include "quickreplylist.h"
#include "quickreplylistaccessible.h"

#include <QWidget>

QuickReplyItemAccessible::QuickReplyItemAccessible(QuickReplyListAccessible *list, int row)
    : m_list(list)
    , m_row(row)
{
}

bool QuickReplyItemAccessible::isValid() const
{
    return m_list->isValid() && m_row < m_list->list()->count();
}

QWindow *QuickReplyItemAccessible::window() const
{
    return m_list->window();
}

QAccessibleInterface *QuickReplyItemAccessible::parent() const
{
    return m_list;
}

QString QuickReplyItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return QString();
    // The whole reply: the list shows one line of it.
    if (t == QAccessible::Name)
        return m_list->list()->reply(m_row);
    return QString();
}

QRect QuickReplyItemAccessible::rect() const
{
    if (!isValid())
        return QRect();
    QuickReplyList *list = m_list->list();
    return onScreen(list->viewport(), list->visualItemRect(list->item(m_row)));
}

QAccessible::State QuickReplyItemAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    QuickReplyList *list = m_list->list();
    s.selectable = true;
    s.selected = list->currentRow() == m_row;
    // The keyboard stays in the reply box; the current reply is the one Enter chooses.
    s.active = s.selected;
    s.invisible = !list->isVisible();
    return s;
}

QStringList QuickReplyItemAccessible::actionNames() const
{
    return isValid() ? QStringList{pressAction()} : QStringList();
}

void QuickReplyItemAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction() && isValid())
        m_list->list()->press(m_row);
}
