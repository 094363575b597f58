// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The API writes objects' times as 2026-03-10T14:00:00.000000Z (microseconds) and slots as
// 2026-03-10T09:00:00Z. Qt 6.4.2's Qt::ISODate(WithMs) does read six fractional digits
// (checked: .123456 gives 123 ms), but it reads a time without a zone as local time and
// takes a bare date as a time; the API means UTC and a time, so parsing is explicit here.
// Results are UTC; an invalid QDateTime means "not a time".
namespace Timestamp {
QDateTime parse(const QString &text);
QString format(const QDateTime &dateTime); // the object form, with microseconds
QDate parseDate(const QString &text); // YYYY-MM-DD
QString formatDate(const QDate &date);
} // namespace Timestamp
