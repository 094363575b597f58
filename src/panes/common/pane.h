// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the app layer may ask of any section, whatever it shows: Desk titles it in the
// navigation and reloads it when the server is back (ConnectionStatus::restored) or a new
// key was given. Everything else a pane does stays its own. Not a QObject: panes are
// QWidgets already, and this is only the contract.
class Pane
{
public:
    virtual ~Pane() = default;

    // The section's name in the navigation, in the current language.
    virtual QString paneTitle() const = 0;
    // Everything the pane shows, fetched again; what the user typed stays.
    virtual void reload() = 0;
    // Its own loads are on the way.
    virtual bool isBusy() const = 0;
    // It has asked the server for something. A pane never shown has not: it loads when
    // first shown, so the server coming back does not make it load early.
    virtual bool hasStarted() const = 0;

protected:
    Pane() = default;
    Pane(const Pane &) = default;
    Pane &operator=(const Pane &) = default;
};
