// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class JsonReader;

// GET /account/channels: one messaging channel of the account and its connection state.
struct Channel
{
    QString channel; // whatsapp, instagram, messenger, telegram, sms, email, webchat
    QString status; // connected, disconnected, error
    QString identifier; // the number, handle or address on that channel
    QDateTime connectedAt;

    bool isConnected() const { return status == QLatin1String("connected"); }
    static Channel fromJson(const JsonReader &reader);
};
