// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>

class QWidget;

// A pressable item a custom-painted list exposes to screen readers (a calendar cell, a
// quick reply). Such an item is a leaf with no QObject of its own and nothing to edit, so
// everything here is the same for each of them; a subclass says what it is called, where
// it is, what state it is in and what Press does.
class AccessibleListItem : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override { }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void *interface_cast(QAccessible::InterfaceType type) override;

    // Press is what Return does on the focused item.
    QStringList keyBindingsForAction(const QString &actionName) const override;

protected:
    // Screen readers want screen coordinates; items know their place in the viewport.
    static QRect onScreen(const QWidget *viewport, const QRect &inViewport);
};
