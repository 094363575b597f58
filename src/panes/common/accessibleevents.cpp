// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibleevents.h"

#include <QAccessible>

namespace {
// Set only by tests (see the header); one per process, GUI thread only.
AccessibleEvents::Observer &observer()
{
    static AccessibleEvents::Observer instance;
    return instance;
}
} // namespace

bool AccessibleEvents::isListening()
{
    return QAccessible::isActive() || bool(observer());
}

void AccessibleEvents::send(QAccessibleEvent *event)
{
    QAccessible::updateAccessibility(event);
    if (observer())
        observer()(event);
}

void AccessibleEvents::setTestObserver(Observer newObserver)
{
    observer() = std::move(newObserver);
}
