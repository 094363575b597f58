// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daysheetprinter.h"

#include "calendarrules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextDocument>

#include <algorithm>

QString DaySheetPrinter::html(const QString &business, const QDate &day, const QTimeZone &zone,
    const QList<Section> &sections, const QList<Booking> &bookings, const Describe &label,
    const Describe &status)
{
    const QLocale locale;
    QList<Booking> sorted = bookings;
    std::sort(sorted.begin(), sorted.end(),
        [](const Booking &a, const Booking &b) { return a.startsAt < b.startsAt; });
    QString out = QStringLiteral("<h2>%1</h2><p>%2 &mdash; %3</p>")
                      .arg(business.toHtmlEscaped(),
                          locale.toString(day, QLocale::LongFormat).toHtmlEscaped(),
                          QString::fromUtf8(zone.id()).toHtmlEscaped());
    for (const Section &section : sections) {
        out += QStringLiteral("<h3>%1</h3>").arg(section.name.toHtmlEscaped());
        QString rows;
        for (const Booking &b : std::as_const(sorted)) {
            if (b.resourceId != section.resourceId || CalendarRules::dayIn(b.startsAt, zone) != day)
                continue;
            rows += QStringLiteral("<tr><td>%1&ndash;%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(CalendarRules::timeText(b.startsAt.toTimeZone(zone).time()),
                            CalendarRules::timeText(b.endsAt.toTimeZone(zone).time()),
                            label(b).toHtmlEscaped(), status(b).toHtmlEscaped(),
                            b.notes.toHtmlEscaped());
        }
        if (rows.isEmpty()) {
            out += QStringLiteral("<p><i>%1</i></p>").arg(tr("No bookings.").toHtmlEscaped());
            continue;
        }
        out += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
            "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
                   .arg(tr("Time"), tr("Booking"), tr("Status"), tr("Notes"), rows);
    }
    return out;
}

void DaySheetPrinter::print(QPagedPaintDevice *device, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(device);
}
