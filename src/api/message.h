// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userref.h"

#include <QDateTime>
#include <QString>

#include <optional>

class JsonReader;

// One message of a contact's thread (GET /contacts/{id}/messages, POST /messages/send).
// A conversation's last_message is a shorter form of it: the missing fields stay empty.
struct Message
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString channel;
    QString direction; // inbound, outbound
    QString type; // text, image, video, audio, document, location, template
    QString content;
    QString mediaUrl;
    QString status; // pending, sent, delivered, read, failed
    std::optional<UserRef> sentBy;
    QDateTime createdAt;

    bool isInbound() const { return direction == QLatin1String("inbound"); }
    static Message fromJson(const JsonReader &reader);
};
