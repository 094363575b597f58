// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "blackliststate.h"
#include "contact.h"
#include "contactinput.h"
#include "contactquery.h"
#include "note.h"
#include "page.h"

class QObject;

// Contacts, their blacklist flag and their notes. Callbacks run at most once, never
// after context died.
class ContactsApi
{
public:
    virtual ~ContactsApi() = default;

    virtual void list(
        const ContactQuery &query, QObject *context, ApiCallback<Page<Contact>> callback)
        = 0;
    virtual void get(qint64 id, QObject *context, ApiCallback<Contact> callback) = 0;
    virtual void create(const ContactInput &input, QObject *context, ApiCallback<Contact> callback)
        = 0;
    virtual void update(
        qint64 id, const ContactInput &input, QObject *context, ApiCallback<Contact> callback)
        = 0;
    virtual void remove(qint64 id, QObject *context, ApiCallback<ApiDone> callback) = 0;
    virtual void toggleBlacklist(qint64 id, QObject *context, ApiCallback<BlacklistState> callback)
        = 0;
    virtual void listNotes(qint64 contactId, const PageRequest &page, QObject *context,
        ApiCallback<Page<Note>> callback)
        = 0;
    virtual void addNote(
        qint64 contactId, const QString &content, QObject *context, ApiCallback<Note> callback)
        = 0;
};
