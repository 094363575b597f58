// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;
class QString;
class QTimeEdit;

// A time field that reads hours first in every language. QDateTimeEdit reverses its
// sections in a right-to-left layout ("mm:HH"), while the digits, which the bidi
// algorithm keeps left to right, then show the minutes first: "٠٠:٠١" for 01:00. The
// field keeps a left-to-right layout (times are written that way in Arabic too) and the
// locale's clock: 24-hour "HH:mm", or "h:mm AP" where a left-to-right locale uses 12 hours.
class TimeField
{
public:
    static void prepare(QTimeEdit *edit);
    static QString displayFormat(const QLocale &locale);
};
