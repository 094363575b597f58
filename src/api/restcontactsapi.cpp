// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restcontactsapi.h"

#include "apiclient.h"
#include "apidecode.h"

namespace {
QString contactPath(qint64 id, const QString &tail = {})
{
    return QStringLiteral("/contacts/") + QString::number(id) + tail;
}
} // namespace

RestContactsApi::RestContactsApi(ApiClient *client, RequestPriority priority)
    : m_client(client)
    , m_priority(priority)
{
}

void RestContactsApi::list(
    const ContactQuery &query, QObject *context, ApiCallback<Page<Contact>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/contacts"), query.toQuery());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<Contact>(std::move(callback)));
}

void RestContactsApi::get(qint64 id, QObject *context, ApiCallback<Contact> callback)
{
    ApiRequest request = ApiRequest::get(contactPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Contact>(std::move(callback)));
}

void RestContactsApi::create(
    const ContactInput &input, QObject *context, ApiCallback<Contact> callback)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/contacts"), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Contact>(std::move(callback)));
}

void RestContactsApi::update(
    qint64 id, const ContactInput &input, QObject *context, ApiCallback<Contact> callback)
{
    ApiRequest request = ApiRequest::put(contactPath(id), input.toJson());
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Contact>(std::move(callback)));
}

void RestContactsApi::remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback)
{
    ApiRequest request = ApiRequest::remove(contactPath(id));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asDone(std::move(callback)));
}

void RestContactsApi::toggleBlacklist(
    qint64 id, QObject *context, ApiCallback<BlacklistState> callback)
{
    ApiRequest request = ApiRequest::post(contactPath(id, QStringLiteral("/blacklist")));
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<BlacklistState>(std::move(callback)));
}

void RestContactsApi::listNotes(
    qint64 contactId, const PageRequest &page, QObject *context, ApiCallback<Page<Note>> callback)
{
    QUrlQuery query;
    page.addTo(query);
    ApiRequest request = ApiRequest::get(contactPath(contactId, QStringLiteral("/notes")), query);
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asPage<Note>(std::move(callback)));
}

void RestContactsApi::addNote(
    qint64 contactId, const QString &content, QObject *context, ApiCallback<Note> callback)
{
    QJsonObject body;
    body.insert(QStringLiteral("content"), content);
    ApiRequest request = ApiRequest::post(contactPath(contactId, QStringLiteral("/notes")), body);
    request.priority = m_priority;
    m_client->send(request, context, ApiDecode::asValue<Note>(std::move(callback)));
}
