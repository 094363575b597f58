// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;

// The cache file's schema, versioned with PRAGMA user_version. Each step of the ladder
// takes a file from version n to n + 1 inside one transaction; a file from a newer
// release (a version this build does not know) is emptied and rebuilt: it is a cache,
// the server has everything in it.
namespace CacheSchema {

constexpr int CurrentVersion = 2;

// Brings the open database to CurrentVersion. False when SQLite refused a step.
bool migrate(QSqlDatabase &db);
int version(QSqlDatabase &db);

} // namespace CacheSchema
