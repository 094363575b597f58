// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletteentries.h"

#include "booking.h"
#include "channelsmodel.h"
#include "contact.h"
#include "conversation.h"

#include <QLocale>
#include <QTimeZone>

namespace {

QString joined(const QStringList &parts)
{
    QStringList present;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            present.append(p.simplified());
    }
    return present.join(QStringLiteral(" · "));
}

} // namespace

PaletteEntry PaletteEntries::fromContact(const Contact &contact)
{
    PaletteEntry e;
    e.kind = PaletteEntry::Kind::Contact;
    e.key = QStringLiteral("contact:%1").arg(contact.id);
    e.id = contact.id;
    e.title = contact.name;
    e.detail = joined({contact.phone, contact.email});
    e.keywords = joined({ChannelsModel::channelName(contact.channel), contact.tags.join(QLatin1Char(' '))});
    return e;
}

PaletteEntry PaletteEntries::fromConversation(const Conversation &conversation)
{
    PaletteEntry e;
    e.kind = PaletteEntry::Kind::Conversation;
    e.key = QStringLiteral("conversation:%1").arg(conversation.contact.id);
    e.id = conversation.contact.id;
    e.title = conversation.contact.name;
    QString preview = conversation.lastMessage ? conversation.lastMessage->content.simplified() : QString();
    if (preview.size() > 60)
        preview = preview.left(59) + QChar(0x2026);
    e.detail = joined({ChannelsModel::channelName(conversation.channel), preview});
    e.keywords = conversation.contact.phone;
    return e;
}

PaletteEntry PaletteEntries::fromBooking(const Booking &booking, const QString &contactName, const QTimeZone &zone)
{
    PaletteEntry e;
    e.kind = PaletteEntry::Kind::Booking;
    e.key = QStringLiteral("booking:%1").arg(booking.id);
    e.id = booking.id;
    e.when = booking.startsAt;
    const QDateTime local = booking.startsAt.toTimeZone(zone);
    e.title = contactName.isEmpty() ? booking.title : contactName;
    const QLocale locale;
    e.detail = joined({locale.toString(local, QStringLiteral("ddd d MMM yyyy, ")
                                              + locale.timeFormat(QLocale::ShortFormat)),
                       booking.title});
    // Typed dates match too: "2026-03-04", "4/3", "4.3", and the month's own name.
    e.keywords = joined({local.date().toString(Qt::ISODate),
                         QStringLiteral("%1/%2 %1.%2").arg(local.date().day()).arg(local.date().month()),
                         locale.monthName(local.date().month()), QLocale(QLocale::English).monthName(local.date().month()),
                         locale.dayName(local.date().dayOfWeek())});
    return e;
}
