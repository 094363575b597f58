// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "note.h"

#include "jsonreader.h"

Note Note::fromJson(const JsonReader &reader)
{
    Note note;
    note.id = reader.id();
    note.contactId = reader.integer("contact_id");
    note.content = reader.string("content");
    if (reader.has("author"))
        note.author = UserRef::fromJson(reader.child("author"));
    note.createdAt = reader.dateTime("created_at");
    return note;
}
