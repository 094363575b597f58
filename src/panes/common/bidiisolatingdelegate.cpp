// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidiisolatingdelegate.h"

#include "bidiisolate.h"

QString BidiIsolatingDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return Bidi::isolated(QStyledItemDelegate::displayText(value, locale));
}
