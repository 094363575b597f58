// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QObject>

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

    // Asks again; a request already on its way is not doubled (its answer is as fresh).
    void refresh();
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
};
