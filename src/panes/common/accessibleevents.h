// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QAccessibleEvent;

// Where the panes send their accessibility events (focus of a calendar cell, the inbox's
// alert for a new message), so that tests can see them.
//
// Why a seam: under QT_QPA_PLATFORM=offscreen, QAccessible::setActive(true) leaves
// QAccessible::isActive() false (no platform accessibility bridge), and
// QAccessible::updateAccessibility() then returns before any handler installed with
// QAccessible::installUpdateHandler() runs. The events are real but unobservable in tests.
// A test installs an observer here; the application never does.
namespace AccessibleEvents {

using Observer = std::function<void(QAccessibleEvent *event)>;

// True when someone would receive an event: an assistive technology (QAccessible is
// active) or a test observer. Building an event's interface is skipped otherwise.
bool isListening();

// QAccessible::updateAccessibility(event), then the test observer if one is installed.
void send(QAccessibleEvent *event);

// For tests only: the observer sees every event sent here until it is replaced or cleared
// (pass an empty function).
void setTestObserver(Observer observer);

} // namespace AccessibleEvents
