// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactnames.h"

#include "contactsapi.h"

ContactNames::ContactNames(ContactsApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void ContactNames::remember(qint64 id, const QString &name)
{
    if (id > 0 && !name.isEmpty())
        m_names.insert(id, name);
}

QString ContactNames::name(qint64 id) const
{
    return m_names.value(id, tr("Contact #%1").arg(id));
}

QString ContactNames::nameFor(const Booking &booking) const
{
    const auto it = m_names.constFind(booking.contactId);
    if (it != m_names.constEnd())
        return *it;
    // The server titles a booking "<type> – <contact>"; enough until the contact arrives.
    const qsizetype dash = booking.title.lastIndexOf(QStringLiteral(" \u2013 "));
    return dash >= 0 ? booking.title.mid(dash + 3) : name(booking.contactId);
}

QString ContactNames::label(const Booking &booking) const
{
    return booking.title.isEmpty() ? nameFor(booking) : booking.title;
}

void ContactNames::request(qint64 id)
{
    if (id <= 0 || m_names.contains(id))
        return;
    m_names.insert(id, name(id));
    m_api.get(id, this, [this, id](const ApiResult<Contact> &result) {
        if (!result)
            return; // the number stays; nothing the user asked for failed
        m_names.insert(id, result.value().name);
        Q_EMIT changed();
    });
}
