// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "contact.h"
#include "contactinput.h"

#include <QList>

#include <optional>

class ContactsApi;
class QObject;

// After a contact create whose outcome is unknown (WriteOutcome), finds the contact the
// server may have stored, by the fields that identify one: the phone (E.164, unique) or,
// without a phone, the e-mail address.
class ContactLookup
{
public:
    using Found = std::optional<Contact>;

    static void findCreated(
        ContactsApi &api, const ContactInput &input, QObject *context, ApiCallback<Found> callback);
    static Found match(const QList<Contact> &candidates, const ContactInput &input);
};
