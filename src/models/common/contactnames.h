// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QHash>
#include <QObject>

class ContactsApi;

// Contact names for bookings, which carry only a contact id (and a title "<type> –
// <contact>"): names the user already saw are remembered, others are fetched once.
class ContactNames final : public QObject
{
    Q_OBJECT

public:
    explicit ContactNames(ContactsApi &api, QObject *parent = nullptr);

    void remember(qint64 id, const QString &name);
    QString name(qint64 id) const; // the number while unknown
    QString nameFor(const Booking &booking) const; // falls back on the title's contact part
    QString label(const Booking &booking) const; // the title, or the contact when untitled
    void request(qint64 id); // at most once per id

Q_SIGNALS:
    void changed();

private:
    ContactsApi &m_api;
    QHash<qint64, QString> m_names;
};
