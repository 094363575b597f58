// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What the calendar remembers between runs: the view, the last filters, the splitter and
// the list's column widths (QSettings group "calendar").
struct CalendarSettings
{
    int mode = 1; // CalendarPane::Mode::Week
    qint64 bookingType = 0;
    std::optional<qint64> resource;
    QString status;
    bool showCancelled = false;
    QByteArray splitter;
    QByteArray columns;

    static CalendarSettings load();
    void save() const;
};
