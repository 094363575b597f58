// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "contactsapi.h"

class ApiClient;

class RestContactsApi final : public ContactsApi
{
public:
    explicit RestContactsApi(ApiClient *client, RequestPriority priority = RequestPriority::User);

    void list(
        const ContactQuery &query, QObject *context, ApiCallback<Page<Contact>> callback) override;
    void get(qint64 id, QObject *context, ApiCallback<Contact> callback) override;
    void create(
        const ContactInput &input, QObject *context, ApiCallback<Contact> callback) override;
    void update(qint64 id, const ContactInput &input, QObject *context,
        ApiCallback<Contact> callback) override;
    void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) override;
    void toggleBlacklist(
        qint64 id, QObject *context, ApiCallback<BlacklistState> callback) override;
    void listNotes(qint64 contactId, const PageRequest &page, QObject *context,
        ApiCallback<Page<Note>> callback) override;
    void addNote(qint64 contactId, const QString &content, QObject *context,
        ApiCallback<Note> callback) override;

private:
    ApiClient *m_client;
    RequestPriority m_priority;
};
