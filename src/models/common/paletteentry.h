// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One row of the command palette (Ctrl+K): something the user can go to or run. The key
// is stable across runs ("contact:42"), so a recent choice is found again next time.
struct PaletteEntry
{
    // The order is the tie-break between equally good matches.
    enum class Kind { Section, Action, Conversation, Contact, Booking };

    Kind kind = Kind::Section;
    QString key;
    QString title;    // what is shown and matched first (a name, a command)
    QString detail;   // shown under it and matched too (a phone, a date, the section)
    QString keywords; // matched, never shown (a booking's ISO date, a section's id)
    QString keys;     // the shortcut as text, for actions
    QString paneId;   // sections and actions: where they live ("" = the whole window)
    qint64 id = 0;    // contact id (contacts, conversations) or booking id
    QDateTime when;   // bookings: the start

    bool isValid() const { return !key.isEmpty(); }
};
