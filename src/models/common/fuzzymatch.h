// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The palette's matching rule. Every character typed must appear in the text in order
// (so "sjo" finds "Sarah Johnson"); how well it matches decides the order:
// the whole text starting with it, then a word starting with it, then initials ("nc" →
// "New contact"), then a run inside a word, then scattered letters with a bonus for
// each one that starts a word. Case, Arabic
// diacritics and the forms of alef/yeh/teh marbuta do not matter, and Arabic-Indic
// digits match Latin ones, so a receptionist can type a date either way.
class FuzzyMatch
{
public:
    // The text as it is compared: lower case, accents and tashkeel off, letter forms unified.
    static QString fold(const QString &text);
    // -1: no match; higher is better. Both arguments already folded.
    static int scoreFolded(const QString &needle, const QString &haystack);
    static int score(const QString &needle, const QString &haystack)
    {
        return scoreFolded(fold(needle), fold(haystack));
    }
};
