// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlookup.h"

#include "contactquery.h"
#include "contactsapi.h"

namespace {
QString trimmed(const std::optional<QString> &value)
{
    return value.value_or(QString()).trimmed();
}
} // namespace

void ContactLookup::findCreated(
    ContactsApi &api, const ContactInput &input, QObject *context, ApiCallback<Found> callback)
{
    ContactQuery query;
    const QString phone = trimmed(input.phone);
    query.search = phone.isEmpty() ? trimmed(input.email) : phone;
    query.page = PageRequest { 1, 100 };
    if (query.search.isEmpty()) {
        // Nothing identifies it: a name alone is no proof, so it counts as not found.
        callback(Found());
        return;
    }
    api.list(query, context,
        [input, callback = std::move(callback)](const ApiResult<Page<Contact>> &result) {
            if (!result) {
                callback(result.error());
                return;
            }
            callback(Found(match(result.value().items, input)));
        });
}

ContactLookup::Found ContactLookup::match(const QList<Contact> &candidates, const ContactInput &input)
{
    const QString phone = trimmed(input.phone);
    const QString email = trimmed(input.email);
    const QString name = trimmed(input.name);
    for (const Contact &c : candidates) {
        if (!phone.isEmpty() && c.phone == phone)
            return c;
        if (phone.isEmpty() && !email.isEmpty()
            && c.email.compare(email, Qt::CaseInsensitive) == 0 && c.name == name)
            return c;
    }
    return std::nullopt;
}
