// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "page.h"
#include "teammember.h"
#include "teammemberinput.h"

class QObject;

// Team members. The server refuses (422) to remove, deactivate or demote the last admin.
class TeamApi
{
public:
    virtual ~TeamApi() = default;

    virtual void list(
        const PageRequest &page, QObject *context, ApiCallback<Page<TeamMember>> callback)
        = 0;
    virtual void get(qint64 id, QObject *context, ApiCallback<TeamMember> callback) = 0;
    virtual void create(
        const TeamMemberInput &input, QObject *context, ApiCallback<TeamMember> callback)
        = 0;
    virtual void update(
        qint64 id, const TeamMemberInput &input, QObject *context, ApiCallback<TeamMember> callback)
        = 0;
    virtual void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) = 0;
};
