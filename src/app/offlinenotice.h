// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

class ApiClient;
class ConnectionStatus;

// "Offline — showing what was saved at 14:02": shown while reads are answered from the
// offline cache (ApiClient::answeredFromCache), with the oldest age among them. Whether the
// server is there is ConnectionStatus's word, not a copy of it: while nothing has answered
// yet (a slow start) the line says the server is being waited for, once it is known down it
// says offline, and it goes when the state turns Online. One line for the whole window, so
// no pane needs a second way of showing the same fact.
class OfflineNotice final : public QLabel
{
    Q_OBJECT

public:
    explicit OfflineNotice(ApiClient &client, QWidget *parent = nullptr);

    QDateTime oldestShown() const { return m_oldest; }
    // The words for an age; now is passed in so tests need no clock. waiting: nothing has
    // answered yet (cache first on a slow start), rather than the server known unreachable.
    static QString textFor(const QDateTime &savedAt, const QDateTime &now, bool waiting = false);

private:
    void noteCachedAnswer(const QDateTime &savedAt);
    void follow();
    void clear();

    const ConnectionStatus &m_status;
    QDateTime m_oldest;
};
