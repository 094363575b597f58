// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QImage;
class QWidget;

// Screenshots for people to look at, never for assertions: they are taken only when
// SKYLIGHT_SCREENSHOT_DIR names a folder, which is created on demand. A picture that
// cannot be written is a warning, so no machine's folders can fail a test.
namespace Screenshot {

// The folder pictures go to, or an empty string when nobody asked for them.
QString folder();

bool wanted();

// relativePath may name subfolders ("team/pane-ar.png").
void save(const QImage &image, const QString &relativePath);
void save(QWidget *widget, const QString &relativePath);

} // namespace Screenshot
