// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The body of POST /messages/send. Empty channel and type leave the server's defaults
// (the contact's channel, "text").
struct MessageDraft
{
    qint64 contactId = 0;
    QString channel;
    QString type;
    QString content;
    QString mediaUrl;

    QJsonObject toJson() const;
};
