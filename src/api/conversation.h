// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QDateTime>
#include <QString>

class JsonReader;

// One row of the inbox: a contact with messages, most recent activity first.
struct Conversation
{
    struct ContactSummary
    {
        qint64 id = 0;
        QString name;
        QString phone;
        QString avatarUrl;
    };

    qint64 id = 0;
    ContactSummary contact;
    QString channel;
    std::optional<Message> lastMessage;
    int unreadCount = 0;
    QDateTime updatedAt;

    static Conversation fromJson(const JsonReader &reader);
};
