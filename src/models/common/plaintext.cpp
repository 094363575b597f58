// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include <QTextDocument>

bool PlainText::looksRich(const QString &text)
{
    return Qt::mightBeRichText(text);
}

QString PlainText::toolTip(const QString &text)
{
    // convertFromPlainText escapes < > & and starts with <p>, so the tooltip is guessed rich
    // and shows the escaped characters as the literal text.
    return looksRich(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}
