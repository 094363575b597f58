// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class ConversationsApi;

// How many conversations wait with unread messages, as the server counts them: one cheap
// request (GET /conversations?unread=true&per_page=1, reading meta.total). The API has no
// unread total of its own, and a sum over the loaded list was wrong while the agent searched
// or filtered and missing until the Inbox had been opened.
class UnreadCounter final : public QObject
{
    Q_OBJECT

public:
    explicit UnreadCounter(ConversationsApi &api, QObject *parent = nullptr);

    // Asks again; a request already on its way is not doubled (its answer is as fresh), and
    // a request sooner than the minimum interval after the last waits for it (once).
    void refresh();
    // The same without waiting for the minimum interval: the user asked (reload, Retry).
    void refreshNow();
    // Never more often than this (the list poll's interval: the key's budget is shared).
    void setMinimumInterval(int ms) { m_minimumMs = ms; }
    // -1 until the first answer.
    int total() const { return m_total; }

Q_SIGNALS:
    void totalChanged(int total);
    void failed(const ApiError &error);

private:
    ConversationsApi &m_api;
    int m_total = -1;
    bool m_asking = false;
    bool m_askAgain = false;
    int m_minimumMs = 0;
    QElapsedTimer m_sinceAsked;
    QTimer m_deferred;
};
