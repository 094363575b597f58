// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text from customers, servers and files is data, never markup. Qt guesses rich text from
// the first tag of a tooltip (and of an AutoText label): a contact named <img src=...>
// would make the app load that file. The widget half of this helper (labels, message
// boxes) is panes/common/plaintextwidgets.h; this half is what models need too.
namespace PlainText {

// A tooltip that shows `text` literally: unchanged when Qt would show it as plain text
// anyway, escaped (with its line breaks kept) when Qt would take it for rich text.
QString toolTip(const QString &text);

// True when a place that guesses (a tooltip, an AutoText label) would render `text` as
// rich text.
bool looksRich(const QString &text);

} // namespace PlainText
