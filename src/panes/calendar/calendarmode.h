// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the calendar pane shows; stored as its number in the settings (CalendarSettings).
enum class CalendarMode
{
    Day,
    Week,
    List
};
