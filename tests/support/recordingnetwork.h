// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

// A real QNetworkAccessManager that notes every request it sends and the status it got:
// tests and benchmarks count what reached the wire (429s included), not what was asked.
class RecordingNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 sentAtMs = 0;     // epoch milliseconds
        QByteArray method;
        QString pathAndQuery;    // e.g. "/api/v1/conversations?unread=true&per_page=1"
        int status = 0;          // 0 until the answer arrived (or without one)
        int remaining = -1;      // its X-RateLimit-Remaining; -1 without one
    };

    explicit RecordingNetwork(QObject *parent = nullptr);

    const QList<Entry> &entries() const { return m_entries; }
    // Requests whose path and query contain the text.
    int count(const QString &contains = {}) const;
    void clear() { m_entries.clear(); }

Q_SIGNALS:
    void answered(const RecordingNetwork::Entry &entry);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    QList<Entry> m_entries;
};
