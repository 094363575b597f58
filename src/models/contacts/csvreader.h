// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a BOM, fields quoted with
// '"' that may hold commas, doubled quotes and line breaks; CRLF or LF. A semicolon is
// taken as the separator when the first line has more of them than commas (European Excel).
// A ' that CsvWriter put before a formula-like field (=, +, -, @, tab, CR) is taken off.
class CsvReader
{
public:
    static QList<QStringList> parse(const QByteArray &data);
    static QList<QStringList> parse(const QString &text);
};
