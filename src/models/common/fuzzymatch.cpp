// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzymatch.h"

#include <algorithm>

namespace {

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x0660 && u <= 0x0669) // Arabic-Indic digits
        return QChar(u'0' + (u - 0x0660));
    if (u >= 0x06F0 && u <= 0x06F9) // Eastern Arabic-Indic (Persian) digits
        return QChar(u'0' + (u - 0x06F0));
    switch (u) {
    case 0x0622: // alef with madda
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
        return QChar(0x0627);
    case 0x0649: // alef maksura reads as yeh when typed
        return QChar(0x064A);
    case 0x0629: // teh marbuta, often typed as heh
        return QChar(0x0647);
    default:
        return c;
    }
}

} // namespace

QString FuzzyMatch::fold(const QString &text)
{
    // Decomposing separates Latin accents into combining marks; dropping every mark
    // (Mn) also drops Arabic tashkeel.
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.unicode() == 0x0640) // marks, tatweel
            continue;
        out.append(foldChar(c));
    }
    return out;
}

int FuzzyMatch::scoreFolded(const QString &needle, const QString &haystack)
{
    if (needle.isEmpty())
        return 0;
    if (needle.size() > haystack.size())
        return -1;
    // Contiguous matches first: they are what a user typing part of a name expects.
    const qsizetype at = haystack.indexOf(needle);
    if (at == 0)
        return 1000 + int(100 * needle.size() / haystack.size());
    if (at > 0) {
        for (qsizetype from = at; from >= 0; from = haystack.indexOf(needle, from + 1)) {
            if (isWordStart(haystack, from))
                return 800 - int(std::min<qsizetype>(from, 100));
        }
        return 600 - int(std::min<qsizetype>(at, 100));
    }
    // Scattered: each needle character in order. Jumping ahead to a word start reads
    // better ("sjo" → "Sarah JOhnson") but can run out of text, so both ways are tried.
    const auto scan = [&](bool preferWordStarts) {
        int score = 300;
        int wordStarts = 0;
        int letters = 0;
        qsizetype pos = 0;
        qsizetype previous = -2;
        for (const QChar c : needle) {
            if (c.isSpace())
                continue;
            qsizetype found = -1;
            for (qsizetype i = pos; i < haystack.size(); ++i) {
                if (haystack.at(i) != c)
                    continue;
                if (found < 0)
                    found = i;
                if (!preferWordStarts || isWordStart(haystack, i)) {
                    found = i;
                    break;
                }
            }
            if (found < 0)
                return -1;
            ++letters;
            if (isWordStart(haystack, found)) {
                score += 20;
                ++wordStarts;
            }
            else if (found == previous + 1)
                score += 5;
            else
                score -= int(std::min<qsizetype>(found - pos, 20));
            previous = found;
            pos = found + 1;
        }
        // Initials ("nc" → "New Contact") read as deliberately as a run inside a word.
        if (letters > 1 && wordStarts == letters)
            return 700 + letters;
        return std::max(score, 1);
    };
    return std::max(scan(true), scan(false));
}
