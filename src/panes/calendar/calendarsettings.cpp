// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsettings.h"

#include <QSettings>

CalendarSettings CalendarSettings::load(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("calendar"));
    CalendarSettings s;
    s.mode = settings.value(QStringLiteral("mode"), s.mode).toInt();
    s.bookingType = settings.value(QStringLiteral("type"), 0).toLongLong();
    const QVariant resource = settings.value(QStringLiteral("resource"));
    if (resource.isValid() && !resource.isNull() && resource.toLongLong() > 0)
        s.resource = resource.toLongLong();
    s.status = settings.value(QStringLiteral("status")).toString();
    s.showCancelled = settings.value(QStringLiteral("showCancelled"), false).toBool();
    s.splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    s.columns = settings.value(QStringLiteral("columns")).toByteArray();
    settings.endGroup();
    return s;
}

void CalendarSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("calendar"));
    settings.setValue(QStringLiteral("mode"), mode);
    settings.setValue(QStringLiteral("type"), bookingType);
    settings.setValue(QStringLiteral("resource"), resource ? *resource : qint64(0));
    settings.setValue(QStringLiteral("status"), status);
    settings.setValue(QStringLiteral("showCancelled"), showCancelled);
    settings.setValue(QStringLiteral("splitter"), splitter);
    settings.setValue(QStringLiteral("columns"), columns);
    settings.endGroup();
}
