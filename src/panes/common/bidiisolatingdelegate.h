// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws each item's text as an isolate of its own direction (Bidi::isolated): in a
// right-to-left list an English reply keeps its end punctuation at its end ("Thank you!",
// not "!Thank you"). Only what is painted changes; the item and what it stores do not.
class BidiIsolatingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
