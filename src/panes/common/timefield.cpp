// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timefield.h"

#include <QLocale>
#include <QTimeEdit>

QString TimeField::displayFormat(const QLocale &locale)
{
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    // An AM/PM marker would land on the wrong side of a left-to-right field in Arabic.
    const bool twelveHour = format.contains(QLatin1Char('a'), Qt::CaseInsensitive);
    return twelveHour && locale.textDirection() == Qt::LeftToRight ? QStringLiteral("h:mm AP")
                                                                    : QStringLiteral("HH:mm");
}

void TimeField::prepare(QTimeEdit *edit)
{
    edit->setLayoutDirection(Qt::LeftToRight); // before the format: it is reversed in RTL
    edit->setDisplayFormat(displayFormat(edit->locale()));
}
