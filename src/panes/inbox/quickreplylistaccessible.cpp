// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickreplylistaccessible.h"

#include "quickreplyitemaccessible.h"
#include "quickreplylist.h"

namespace {
QAccessibleInterface *quickReplyFactory(const QString &className, QObject *object)
{
    if (className == u"QuickReplyList" && object && object->isWidgetType())
        return new QuickReplyListAccessible(static_cast<QuickReplyList *>(object));
    return nullptr;
}
} // namespace

QuickReplyListAccessible::QuickReplyListAccessible(QuickReplyList *list)
    : QAccessibleWidget(list, QAccessible::List)
{
}

QuickReplyListAccessible::~QuickReplyListAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

void QuickReplyListAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(quickReplyFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

QuickReplyList *QuickReplyListAccessible::list() const
{
    return static_cast<QuickReplyList *>(widget());
}

int QuickReplyListAccessible::childCount() const
{
    return list()->count();
}

QAccessibleInterface *QuickReplyListAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_items.size() <= index) {
        auto *item = new QuickReplyItemAccessible(
            const_cast<QuickReplyListAccessible *>(this), int(m_items.size()));
        m_items.append(QAccessible::registerAccessibleInterface(item));
    }
    return QAccessible::accessibleInterface(m_items.at(index));
}

int QuickReplyListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const QuickReplyItemAccessible *>(child);
    return item && item->isValid() ? item->row() : -1;
}

QAccessibleInterface *QuickReplyListAccessible::childAt(int x, int y) const
{
    for (int row = 0; row < childCount(); ++row) {
        if (child(row)->rect().contains(x, y))
            return child(row);
    }
    return nullptr;
}

QAccessibleInterface *QuickReplyListAccessible::focusChild() const
{
    return child(list()->currentRow());
}
