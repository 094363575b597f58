// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CalendarPane's day sheet (print) and .ics export: what leaves the app as a document,
// kept apart from the pane's navigation and filtering in calendarpane.cpp.
#include "calendarpane.h"
#include "loadingnotice.h"
#include "apierrortext.h"
#include "availabilitycache.h"
#include "bookingdetails.h"
#include "bookingdialog.h"
#include "bookingeditor.h"
#include "bookingsmodel.h"
#include "calendarcatalogue.h"
#include "calendarlistview.h"
#include "calendarsettings.h"
#include "calendartoolbar.h"
#include "calendarview.h"
#include "contactnames.h"
#include "daybookingsloader.h"
#include "daysheetprinter.h"
#include "icsexporter.h"
#include "listfilterbar.h"
#include "messagebar.h"
#include "panenavigator.h"
#include "plaintextwidgets.h"
#include "refreshschedule.h"
#include <QApplication>
#include <QLabel>
#include <QPrinter>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

bool CalendarPane::exportIcs(const QString &path, QString *error) const
{
    const QByteArray ics = IcsExporter::toIcs(
        visibleBookings(), [this](const Booking &b) { return m_names->label(b); },
        [this](const Booking &b) {
            return b.resourceId ? m_model->resourceName(b.resourceId) : QString();
        });
    return IcsExporter::writeFile(path, ics, error);
}

void CalendarPane::loadDaySheet(std::function<void(const QString &html)> done)
{
    const auto range = CalendarRules::utcRange({ m_date }, m_clock.zone());
    BookingQuery query;
    query.from = range.from;
    query.to = range.to;
    query.status = m_filters.status;
    m_dayLoader->load(
        query,
        [this, done](const QList<Booking> &bookings) {
            for (const Booking &b : bookings) {
                if (b.title.isEmpty())
                    m_names->request(b.contactId);
            }
            done(daySheetHtml(bookings));
        },
        [this, done](const ApiError &error) {
            showMessage(tr("The day sheet could not be made: %1").arg(userMessage(error)),
                [this, done] { loadDaySheet(done); });
        });
}

QString CalendarPane::daySheetHtml(const QList<Booking> &dayBookings) const
{
    // The whole day of every shown resource, whoever the List view is narrowed to.
    CalendarFilters filters = m_filters;
    filters.contactId = 0;
    QList<Booking> shown;
    for (const Booking &b : dayBookings) {
        if (filters.shows(b))
            shown.append(b);
    }
    QList<DaySheetPrinter::Section> sections;
    for (const Resource &r : m_filters.shownResources(m_catalogue->resources()))
        sections.append({ r.id, r.name });
    return DaySheetPrinter::html(
        m_catalogue->account().businessName, m_date, m_clock.zone(), sections, shown,
        [this](const Booking &b) { return m_names->label(b); },
        [](const Booking &b) { return BookingsModel::statusText(b.status); });
}

void CalendarPane::printDaySheet(QPrinter &printer, const QString &html)
{
    DaySheetPrinter::print(&printer, html);
}
