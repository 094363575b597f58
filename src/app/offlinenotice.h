// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

class ApiClient;

// "Offline — showing what was saved at 14:02": shown while reads are answered from the
// offline cache (ApiClient::answeredFromCache), with the oldest age among them; hidden as
// soon as the server answers again. One line for the whole window, so no pane needs a
// second way of showing the same fact.
class OfflineNotice final : public QLabel
{
    Q_OBJECT

public:
    explicit OfflineNotice(ApiClient &client, QWidget *parent = nullptr);

    QDateTime oldestShown() const { return m_oldest; }
    // The words for an age; now is passed in so tests need no clock.
    static QString textFor(const QDateTime &savedAt, const QDateTime &now);

private:
    void noteCachedAnswer(const QDateTime &savedAt);
    void clear();

    QDateTime m_oldest;
};
