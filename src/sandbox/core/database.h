// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <stdexcept>

namespace Sandbox {

// Thrown by Database::exec when SQLite refuses a statement; the router turns it into a 500
// envelope so a broken query can never take the server down or answer 200.
class SqlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One SQLite connection, owned by the thread that opened it (QSqlDatabase connections must
// not cross threads). Migrations are versioned in schema_version and run on open().
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ":memory:" or a file path; files get WAL and mode 0600. Runs the pending migrations.
    bool open(const QString &path, QString *error = nullptr);
    void close();

    // True when open() created the schema from nothing (so the caller seeds it).
    bool isFresh() const { return m_fresh; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    // Prepares, binds positionally and executes; throws SqlError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}) const;
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    qint64 insert(const QString &sql, const QVariantList &values = {}) const;

    bool transaction() const;
    bool commit() const;
    bool rollback() const;

private:
    bool migrate(QString *error);
    static bool restrictToOwner(const QString &path, QString *error);

    QString m_connectionName;
    bool m_fresh = false;
};

} // namespace Sandbox
