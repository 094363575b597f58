// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolours.h"

namespace {
QString style(const QColor &colour, bool bold)
{
    return bold ? QStringLiteral("color: %1; font-weight: bold;").arg(colour.name())
                : QStringLiteral("color: %1;").arg(colour.name());
}
} // namespace

bool StatusColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColours::error(const QPalette &palette)
{
    return errorOn(palette.color(QPalette::Window));
}

QColor StatusColours::errorOn(const QColor &background)
{
    return background.lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x20, 0x20);
}

QColor StatusColours::success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1b, 0x7a, 0x32);
}

QString StatusColours::errorStyle(const QPalette &palette, bool bold)
{
    return style(error(palette), bold);
}

QString StatusColours::successStyle(const QPalette &palette, bool bold)
{
    return style(success(palette), bold);
}
