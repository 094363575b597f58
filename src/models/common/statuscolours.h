// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// The colours that say "failed" and "succeeded" (error text, a disconnected channel, a failed
// delivery), in one place instead of "#b02020" written out in a dozen files. Chosen from
// the palette: the familiar dark red and green on a light window, lighter ones on a dark
// window where those would be unreadable. Models pass no palette and get the application's.
namespace StatusColours {
bool isDark(const QPalette &palette);
QColor error(const QPalette &palette = QGuiApplication::palette());
QColor success(const QPalette &palette = QGuiApplication::palette());
// For text or lines on a background of their own (a message bubble, a banner with white text).
QColor errorOn(const QColor &background);
// A style sheet rule for a label in that colour: "color: #b02020;" (bold: with font-weight).
QString errorStyle(const QPalette &palette, bool bold = false);
QString successStyle(const QPalette &palette, bool bold = false);
} // namespace StatusColours
