// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A value from a customer or server set apart from the sentence around it (Unicode
// first-strong isolate, U+2068 … U+2069): a Latin name full of brackets and quotes inside
// an Arabic question keeps its own order instead of being reordered with the sentence.
// (CalendarRules::isolated does the same for the calendar.)
namespace Bidi {
inline QString isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}
} // namespace Bidi
