// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexporter.h"

#include <QFile>

#include <libical/ical.h>

#include <cstdlib>

namespace {
icaltimetype utcTime(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(
        time_t(instant.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

icalproperty_status statusOf(const QString &status)
{
    if (status == u"cancelled")
        return ICAL_STATUS_CANCELLED;
    if (status == u"pending")
        return ICAL_STATUS_TENTATIVE;
    return ICAL_STATUS_CONFIRMED;
}
} // namespace

QByteArray IcsExporter::toIcs(
    const QList<Booking> &bookings, const Describe &summary, const Describe &location)
{
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//SkyLight Desk//Calendar//EN"));
    const icaltimetype stamp = utcTime(QDateTime::currentDateTimeUtc());
    for (const Booking &b : bookings) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = "booking-" + QByteArray::number(b.id) + "@skylight-desk";
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(b.startsAt)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(b.endsAt)));
        icalcomponent_add_property(
            event, icalproperty_new_summary(summary(b).toUtf8().constData()));
        const QString where = location(b);
        if (!where.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_location(where.toUtf8().constData()));
        if (!b.notes.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_description(b.notes.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_status(statusOf(b.status)));
        icalcomponent_add_component(calendar, event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray result(text);
    std::free(text);
    icalcomponent_free(calendar);
    return result;
}

bool IcsExporter::writeFile(const QString &path, const QByteArray &ics, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(ics) == ics.size())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}
