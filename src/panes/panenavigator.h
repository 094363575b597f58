// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactref.h"

// How one pane sends the user to another ("open this contact", "book them in") without
// knowing the other pane or the main window. Panes receive it through their constructor;
// the app implements it. The can…() checks let a pane show an action only when the pane
// that carries it out exists in this window.
class PaneNavigator
{
public:
    virtual ~PaneNavigator() = default;

    virtual bool canOpenContact() const = 0;
    virtual void openContact(int contactId) = 0;

    virtual bool canOpenConversation() const = 0;
    virtual void openConversation(int contactId) = 0;

    virtual bool canBookAppointment() const = 0;
    virtual void bookAppointment(const ContactRef &contact) = 0;
};
