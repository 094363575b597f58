// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Sandbox {

namespace {

// Version 1: every resource of the contract. Timestamps are TEXT in the contract's
// "2026-03-10T14:00:00.000000Z" form, which sorts correctly as text.
QStringList schemaV1()
{
    return {
        QStringLiteral(
            "CREATE TABLE accounts ("
            "id INTEGER PRIMARY KEY, business_name TEXT NOT NULL, email TEXT NOT NULL, phone TEXT,"
            " timezone TEXT NOT NULL DEFAULT 'UTC', locale TEXT NOT NULL DEFAULT 'en', logo_url "
            "TEXT,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE subscriptions ("
            "id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE "
            "CASCADE,"
            " plan_code TEXT NOT NULL, plan_name TEXT NOT NULL, price REAL NOT NULL, currency TEXT "
            "NOT NULL,"
            " interval TEXT NOT NULL, status TEXT NOT NULL"
            " CHECK (status IN ('active','trialing','past_due','cancelled')),"
            " current_period_end TEXT NOT NULL, limit_contacts INTEGER NOT NULL,"
            " limit_team_members INTEGER NOT NULL, limit_monthly_messages INTEGER NOT NULL,"
            " limit_channels INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT "
            "NULL)"),
        QStringLiteral("CREATE TABLE channels ("
                       "id INTEGER PRIMARY KEY, channel TEXT NOT NULL UNIQUE, status TEXT NOT NULL"
                       " CHECK (status IN ('connected','disconnected','error')), identifier TEXT, "
                       "connected_at TEXT)"),
        QStringLiteral(
            "CREATE TABLE api_keys ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE,"
            " key_hint TEXT NOT NULL, domains TEXT NOT NULL DEFAULT '[]',"
            " revoked INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, last_used_at TEXT)"),
        QStringLiteral(
            "CREATE TABLE team_members ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " role TEXT NOT NULL CHECK (role IN ('admin','agent','receptionist')),"
            " is_active INTEGER NOT NULL DEFAULT 1, last_seen_at TEXT,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        // search_text: lower-cased name, phone and email, for the short-term (< 3 characters)
        // substring search; longer terms go through the trigram index below.
        QStringLiteral(
            "CREATE TABLE contacts ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, email TEXT,"
            " channel TEXT NOT NULL DEFAULT 'whatsapp', avatar_url TEXT, tags TEXT NOT NULL "
            "DEFAULT '[]',"
            " is_blacklisted INTEGER NOT NULL DEFAULT 0, custom_fields TEXT NOT NULL DEFAULT '{}',"
            " last_message_at TEXT, search_text TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX contacts_by_created ON contacts(created_at DESC, id DESC)"),
        QStringLiteral(
            "CREATE INDEX contacts_by_last_message ON contacts(last_message_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX contacts_by_name ON contacts(name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX contacts_by_channel ON contacts(channel, created_at DESC)"),
        QStringLiteral(
            "CREATE INDEX contacts_by_blacklist ON contacts(is_blacklisted, created_at DESC)"),
        QStringLiteral("CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN"
                       " UPDATE contacts SET search_text = lower(new.name || ' ' || "
                       "COALESCE(new.phone,'') || ' '"
                       " || COALESCE(new.email,'')) WHERE id = new.id; END"),
        QStringLiteral("CREATE TRIGGER contacts_search_update AFTER UPDATE OF name, phone, email "
                       "ON contacts BEGIN"
                       " UPDATE contacts SET search_text = lower(new.name || ' ' || "
                       "COALESCE(new.phone,'') || ' '"
                       " || COALESCE(new.email,'')) WHERE id = new.id; END"),
        // Substring search over 100k contacts must stay under 20 ms (p99): a trigram FTS5
        // index answers "contains" queries without scanning the table, and folds case.
        QStringLiteral(
            "CREATE VIRTUAL TABLE contacts_fts USING fts5("
            "name, phone, email, content='contacts', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN"
                       " INSERT INTO contacts_fts(rowid, name, phone, email) VALUES (new.id, "
                       "new.name, new.phone, new.email); END"),
        QStringLiteral("CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN"
                       " INSERT INTO contacts_fts(contacts_fts, rowid, name, phone, email)"
                       " VALUES ('delete', old.id, old.name, old.phone, old.email); END"),
        QStringLiteral("CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, phone, email ON "
                       "contacts BEGIN"
                       " INSERT INTO contacts_fts(contacts_fts, rowid, name, phone, email)"
                       " VALUES ('delete', old.id, old.name, old.phone, old.email);"
                       " INSERT INTO contacts_fts(rowid, name, phone, email) VALUES (new.id, "
                       "new.name, new.phone, new.email); END"),
        // Tags live as JSON text on the contact (the API shape); this side table, kept by
        // triggers, lets the tag filter use an index instead of parsing JSON per row.
        QStringLiteral("CREATE TABLE contact_tags ("
                       "tag TEXT NOT NULL, contact_id INTEGER NOT NULL REFERENCES contacts(id) ON "
                       "DELETE CASCADE,"
                       " PRIMARY KEY (tag, contact_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TRIGGER contact_tags_insert AFTER INSERT ON contacts BEGIN"
                       " INSERT OR IGNORE INTO contact_tags(tag, contact_id)"
                       " SELECT value, new.id FROM json_each(new.tags) WHERE type = 'text'; END"),
        QStringLiteral("CREATE TRIGGER contact_tags_update AFTER UPDATE OF tags ON contacts BEGIN"
                       " DELETE FROM contact_tags WHERE contact_id = new.id;"
                       " INSERT OR IGNORE INTO contact_tags(tag, contact_id)"
                       " SELECT value, new.id FROM json_each(new.tags) WHERE type = 'text'; END"),
        QStringLiteral("CREATE TABLE notes ("
                       "id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES "
                       "contacts(id) ON DELETE CASCADE,"
                       " content TEXT NOT NULL, author_id INTEGER REFERENCES team_members(id) ON "
                       "DELETE SET NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX notes_by_contact ON notes(contact_id, created_at DESC, id DESC)"),
        QStringLiteral("CREATE TABLE messages ("
                       "id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES "
                       "contacts(id) ON DELETE CASCADE,"
                       " channel TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN "
                       "('inbound','outbound')),"
                       " type TEXT NOT NULL DEFAULT 'text', content TEXT, media_url TEXT,"
                       " status TEXT NOT NULL DEFAULT 'sent', sent_by INTEGER REFERENCES "
                       "team_members(id) ON DELETE SET NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX messages_by_contact ON messages(contact_id, created_at DESC, id DESC)"),
        // One conversation per contact with messages, kept by a trigger so that every
        // writer of messages (endpoints, dev surface, seeders) keeps it right.
        QStringLiteral("CREATE TABLE conversations ("
                       "id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL UNIQUE REFERENCES "
                       "contacts(id) ON DELETE CASCADE,"
                       " channel TEXT NOT NULL, last_message_id INTEGER, unread_count INTEGER NOT "
                       "NULL DEFAULT 0,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX conversations_by_updated ON conversations(updated_at DESC, id DESC)"),
        QStringLiteral(
            "CREATE TRIGGER messages_conversation AFTER INSERT ON messages BEGIN"
            " INSERT INTO conversations(contact_id, channel, last_message_id, unread_count, "
            "updated_at)"
            " VALUES (new.contact_id, new.channel, new.id, CASE WHEN new.direction = 'inbound' "
            "THEN 1 ELSE 0 END,"
            " new.created_at)"
            " ON CONFLICT(contact_id) DO UPDATE SET"
            " channel = CASE WHEN new.created_at >= updated_at THEN new.channel ELSE channel END,"
            " last_message_id = CASE WHEN new.created_at >= updated_at THEN new.id ELSE "
            "last_message_id END,"
            " unread_count = unread_count + CASE WHEN new.direction = 'inbound' THEN 1 ELSE 0 END,"
            " updated_at = MAX(updated_at, new.created_at);"
            " UPDATE contacts SET last_message_at = new.created_at WHERE id = new.contact_id"
            " AND (last_message_at IS NULL OR last_message_at < new.created_at); END"),
        QStringLiteral("CREATE TABLE booking_types ("
                       "id INTEGER PRIMARY KEY, name TEXT NOT NULL, duration_minutes INTEGER NOT "
                       "NULL CHECK (duration_minutes > 0),"
                       " description TEXT, is_active INTEGER NOT NULL DEFAULT 1,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE resources ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL DEFAULT 'staff',"
            " is_active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT "
            "NULL)"),
        QStringLiteral(
            "CREATE TABLE bookings ("
            "id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE "
            "CASCADE,"
            " booking_type_id INTEGER NOT NULL REFERENCES booking_types(id),"
            " resource_id INTEGER REFERENCES resources(id) ON DELETE SET NULL, title TEXT NOT NULL,"
            " starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, status TEXT NOT NULL"
            " CHECK (status IN ('pending','confirmed','cancelled','completed')), notes TEXT,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX bookings_by_start ON bookings(starts_at, id)"),
        QStringLiteral("CREATE INDEX bookings_by_resource ON bookings(resource_id, starts_at)"),
        QStringLiteral("CREATE INDEX bookings_by_contact ON bookings(contact_id, starts_at)"),
        QStringLiteral("CREATE INDEX bookings_by_status ON bookings(status, starts_at)"),
        QStringLiteral("CREATE TABLE webhooks ("
                       "id INTEGER PRIMARY KEY, url TEXT NOT NULL, description TEXT, events TEXT "
                       "NOT NULL DEFAULT '[]',"
                       " is_active INTEGER NOT NULL DEFAULT 1, secret TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE webhook_deliveries ("
            "id INTEGER PRIMARY KEY, webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE "
            "CASCADE,"
            " event TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN "
            "('success','failed','pending')),"
            " attempt INTEGER NOT NULL DEFAULT 1, response_status INTEGER, duration_ms INTEGER,"
            " request_body TEXT, response_body TEXT, error TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX webhook_deliveries_by_webhook ON "
                       "webhook_deliveries(webhook_id, id DESC)"),
    };
}

// Version 2: what contact search needs to stay fast for broad terms (ContactSearch): the
// trigram vocabulary (documents per trigram) and a narrow index to scan instead of the table.
QStringList schemaV2()
{
    return {
        QStringLiteral(
            "CREATE VIRTUAL TABLE contacts_fts_vocab USING fts5vocab(contacts_fts, 'row')"),
        QStringLiteral("CREATE INDEX contacts_by_search_text ON contacts(search_text)"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        { 1, schemaV1() },
        { 2, schemaV2() },
    };
    return all;
}

} // namespace Sandbox
