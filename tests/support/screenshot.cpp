// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QWidget>
#include <QtGlobal>

namespace Screenshot {

QString folder()
{
    return qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
}

bool wanted()
{
    return !folder().isEmpty();
}

void save(const QImage &image, const QString &relativePath)
{
    if (!wanted())
        return;
    const QString path = QDir(folder()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path))
        qWarning("Screenshot: could not write %s", qPrintable(path));
}

void save(QWidget *widget, const QString &relativePath)
{
    if (wanted())
        save(widget->grab().toImage(), relativePath);
}

} // namespace Screenshot
