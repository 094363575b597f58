// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "teammember.h"
#include "teammemberinput.h"

#include <optional>

class QObject;
class TeamApi;

// After a team member create whose outcome is unknown (WriteOutcome), finds the member
// the server may have stored, by the field that identifies one: the e-mail address.
class TeamLookup
{
public:
    using Found = std::optional<TeamMember>;

    static void findCreated(
        TeamApi &api, const TeamMemberInput &input, QObject *context, ApiCallback<Found> callback);
};
