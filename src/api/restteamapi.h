// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "teamapi.h"

class ApiClient;

class RestTeamApi final : public TeamApi
{
public:
    explicit RestTeamApi(ApiClient *client, RequestPriority priority = RequestPriority::User);

    void list(
        const PageRequest &page, QObject *context, ApiCallback<Page<TeamMember>> callback) override;
    void get(qint64 id, QObject *context, ApiCallback<TeamMember> callback) override;
    void create(
        const TeamMemberInput &input, QObject *context, ApiCallback<TeamMember> callback) override;
    void update(qint64 id, const TeamMemberInput &input, QObject *context,
        ApiCallback<TeamMember> callback) override;
    void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) override;

private:
    ApiClient *m_client;
    RequestPriority m_priority;
};
