// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What CalendarPane remembers between runs (view, filters, splitter, list columns) and
// its Pane contract, kept apart from the pane's navigation and filtering in calendarpane.cpp.
#include "bookingsmodel.h"
#include "calendarcatalogue.h"
#include "calendarlistview.h"
#include "calendarpane.h"
#include "calendarsettings.h"
#include "calendartoolbar.h"

#include <QSplitter>

void CalendarPane::saveState() const
{
    CalendarSettings { int(m_mode), m_filters.typeId, m_filters.resourceId, m_filters.status,
        m_filters.showCancelled, m_splitter->saveState(), m_list->saveColumns() }
        .save(m_settings);
}

void CalendarPane::restoreState()
{
    const CalendarSettings s = CalendarSettings::load(m_settings);
    m_splitter->restoreState(s.splitter);
    m_list->restoreColumns(s.columns);
    m_filters.typeId = s.bookingType;
    m_filters.resourceId = s.resource;
    m_filters.status = s.status;
    m_toolbar->selectStatus(m_filters.status);
    setShowCancelled(s.showCancelled);
    m_mode = Mode::Day; // forces setMode to lay the pane out
    setMode(Mode(qBound(0, s.mode, 2)));
}

// The Pane contract (see pane.h): the calendar loads when first shown.
QString CalendarPane::paneTitle() const { return tr("Calendar"); }
bool CalendarPane::isBusy() const { return m_model->isLoading(); }
bool CalendarPane::hasStarted() const { return m_catalogue->hasStarted(); }
