// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlookup.h"

#include "teamapi.h"

void TeamLookup::findCreated(
    TeamApi &api, const TeamMemberInput &input, QObject *context, ApiCallback<Found> callback)
{
    const QString email = input.email.value_or(QString()).trimmed();
    // A team is small: its first hundred members are all of it.
    api.list(PageRequest { 1, 100 }, context,
        [email, callback = std::move(callback)](const ApiResult<Page<TeamMember>> &result) {
            if (!result) {
                callback(result.error());
                return;
            }
            for (const TeamMember &m : result.value().items) {
                if (!email.isEmpty() && m.email.compare(email, Qt::CaseInsensitive) == 0) {
                    callback(Found(m));
                    return;
                }
            }
            callback(Found());
        });
}
