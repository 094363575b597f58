// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes CSV that spreadsheets open correctly: UTF-8 with a BOM (so Excel shows Arabic),
// CRLF line ends, fields quoted when they hold a separator, a quote or a line break.
// A field a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
// return: the OWASP list) gets a leading ' so it opens as text; CsvReader takes it off again.
class CsvWriter
{
public:
    CsvWriter();

    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }
    int rowCount() const { return m_rows; }

    static QString escape(const QString &field);
    // The field with a leading ' when a spreadsheet would take it for a formula.
    static QString neutralise(const QString &field);
    // The reverse of neutralise(): drops the ' it added.
    static QString restore(const QString &field);

private:
    QByteArray m_data;
    int m_rows = 0;
};
