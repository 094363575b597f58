// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactsapi.h"

#include <QList>
#include <QPointer>

// A ContactsApi that records create/update calls and answers only when the test says so;
// the other calls answer at once with an empty result.
class FakeContactsApi final : public ContactsApi
{
public:
    struct Call
    {
        qint64 id = 0;
        ContactInput input;
        QPointer<QObject> context;
        ApiCallback<Contact> callback;
    };
    QList<Call> saves;

    void answer(const ApiResult<Contact> &result)
    {
        const Call call = saves.takeFirst();
        if (call.context)
            call.callback(result);
    }

    void list(const ContactQuery &, QObject *, ApiCallback<Page<Contact>> callback) override
    {
        callback(Page<Contact>{});
    }
    void get(qint64, QObject *, ApiCallback<Contact> callback) override { callback(ApiError(ApiError::Kind::NotFound, 404)); }
    void create(const ContactInput &input, QObject *context, ApiCallback<Contact> callback) override
    {
        saves.append({0, input, context, callback});
    }
    void update(qint64 id, const ContactInput &input, QObject *context, ApiCallback<Contact> callback) override
    {
        saves.append({id, input, context, callback});
    }
    void remove(qint64, QObject *, ApiCallback<ApiDone> callback) override { callback(ApiDone{}); }
    void toggleBlacklist(qint64, QObject *, ApiCallback<BlacklistState> callback) override
    {
        callback(BlacklistState{});
    }
    void listNotes(qint64, const PageRequest &, QObject *, ApiCallback<Page<Note>> callback) override
    {
        callback(Page<Note>{});
    }
    void addNote(qint64, const QString &, QObject *, ApiCallback<Note> callback) override { callback(Note{}); }
};
