// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QSettings;

// What the calendar remembers between runs: the view, the last filters, the splitter and
// the list's column widths (group "calendar" of the settings the app passes in).
struct CalendarSettings
{
    int mode = 1; // CalendarPane::Mode::Week
    qint64 bookingType = 0;
    std::optional<qint64> resource;
    QString status;
    bool showCancelled = false;
    QByteArray splitter;
    QByteArray columns;

    static CalendarSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};
