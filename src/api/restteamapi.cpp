// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restteamapi.h"

#include "apiclient.h"
#include "apidecode.h"

namespace {
QString memberPath(qint64 id)
{
    return QStringLiteral("/team/") + QString::number(id);
}
} // namespace

RestTeamApi::RestTeamApi(ApiClient *client, RequestPriority priority)
    : m_client(client)
    , m_priority(priority)
{
}

void RestTeamApi::list(
    const PageRequest &page, QObject *context, ApiCallback<Page<TeamMember>> callback)
{
    QUrlQuery query;
    page.addTo(query);
    ApiRequest request = ApiRequest::get(QStringLiteral("/team"), query);
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<TeamMember>(std::move(callback)));
}

void RestTeamApi::get(qint64 id, QObject *context, ApiCallback<TeamMember> callback)
{
    ApiRequest request = ApiRequest::get(memberPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<TeamMember>(std::move(callback)));
}

void RestTeamApi::create(
    const TeamMemberInput &input, QObject *context, ApiCallback<TeamMember> callback)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/team"), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<TeamMember>(std::move(callback)));
}

void RestTeamApi::update(
    qint64 id, const TeamMemberInput &input, QObject *context, ApiCallback<TeamMember> callback)
{
    ApiRequest request = ApiRequest::put(memberPath(id), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<TeamMember>(std::move(callback)));
}

void RestTeamApi::remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback)
{
    ApiRequest request = ApiRequest::remove(memberPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asDone(std::move(callback)));
}
