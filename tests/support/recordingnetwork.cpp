// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingnetwork.h"

#include <QDateTime>
#include <QNetworkReply>

#include <algorithm>

RecordingNetwork::RecordingNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

int RecordingNetwork::count(const QString &contains) const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.pathAndQuery.contains(contains) ? 1 : 0;
    return n;
}

QNetworkReply *RecordingNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
    Entry entry;
    entry.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    entry.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (entry.method.isEmpty()) {
        static const char *const names[] = {"", "HEAD", "GET", "PUT", "POST", "DELETE", "CUSTOM"};
        entry.method = names[std::min<int>(int(op), 6)];
    }
    entry.pathAndQuery = request.url().path(QUrl::FullyEncoded)
        + (request.url().hasQuery() ? QLatin1Char('?') + request.url().query(QUrl::FullyEncoded) : QString());
    const qsizetype at = m_entries.size();
    m_entries.append(entry);
    connect(reply, &QNetworkReply::finished, this, [this, reply, at] {
        if (at >= m_entries.size())
            return; // cleared meanwhile
        m_entries[at].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->hasRawHeader("X-RateLimit-Remaining"))
            m_entries[at].remaining = reply->rawHeader("X-RateLimit-Remaining").toInt();
        Q_EMIT answered(m_entries.at(at));
    });
    return reply;
}
