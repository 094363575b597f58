// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes CSV that spreadsheets open correctly: UTF-8 with a BOM (so Excel shows Arabic),
// CRLF line ends, fields quoted when they hold a separator, a quote or a line break.
class CsvWriter
{
public:
    CsvWriter();

    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }
    int rowCount() const { return m_rows; }

    static QString escape(const QString &field);

private:
    QByteArray m_data;
    int m_rows = 0;
};
