// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "responsecache.h"

#include <QString>

#include <functional>

// One profile's offline cache: a SQLite file (through QtSql) of the answers the server
// gave to reads, by request path and query, with when each was saved (docs/offline.md).
// The file is created 0600 before SQLite opens it, in a 0700 folder; SQLite gives its
// journal the file's own mode. The API key is never written: ApiClient hands over the
// path, the query and the body only.
class CacheStore final : public ResponseCache
{
public:
    // Bodies larger than this are not kept: the cache must stay small and quick to open.
    static constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;

    // The app's data folder (QStandardPaths::AppDataLocation) + "/cache".
    static QString defaultFolder();
    // The profile's file in folder: the name is hashed (as Desk::draftsPath does), so the
    // file name says nothing about the account.
    static QString pathFor(const QString &folder, const QString &profile);
    // Deletes the file and its -journal, -wal and -shm companions. True when none is left.
    static bool removeFiles(const QString &filePath);

    explicit CacheStore(const QString &filePath);
    ~CacheStore() override;
    CacheStore(const CacheStore &) = delete;
    CacheStore &operator=(const CacheStore &) = delete;

    // Creates the file (0600) when missing and migrates it. False: the app runs without
    // a cache (errorString() says why, for the log).
    bool open();
    bool isOpen() const { return m_open; }
    void close();
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }

    std::optional<Entry> find(const QString &key) override;
    void store(const QString &key, const QByteArray &body) override;
    int entryCount();

    // Tests pin the clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    bool createPrivateFile();

    QString m_filePath;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
    std::function<QDateTime()> m_clock;
};
