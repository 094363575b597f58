// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

namespace {

bool startsFormula(QStringView field)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !field.isEmpty() && starts.contains(field.front());
}

} // namespace

QString CsvWriter::neutralise(const QString &field)
{
    return startsFormula(field) ? QLatin1Char('\'') + field : field;
}

QString CsvWriter::restore(const QString &field)
{
    return field.startsWith(QLatin1Char('\'')) && startsFormula(QStringView(field).mid(1)) ? field.mid(1) : field;
}

QString CsvWriter::escape(const QString &cell)
{
    const QString field = neutralise(cell);
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char(';'))
        || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(escape(f));
    m_data.append(escaped.join(QLatin1Char(',')).toUtf8());
    m_data.append("\r\n");
    ++m_rows;
}
