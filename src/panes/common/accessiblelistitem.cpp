// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessiblelistitem.h"

#include <QWidget>

void *AccessibleListItem::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                : nullptr;
}

QStringList AccessibleListItem::keyBindingsForAction(const QString &actionName) const
{
    return actionName == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
}

QRect AccessibleListItem::onScreen(const QWidget *viewport, const QRect &inViewport)
{
    return QRect(viewport->mapToGlobal(inViewport.topLeft()), inViewport.size());
}
