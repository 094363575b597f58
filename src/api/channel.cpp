// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channel.h"

#include "jsonreader.h"

Channel Channel::fromJson(const JsonReader &reader)
{
    Channel channel;
    channel.channel = reader.string("channel");
    channel.status = reader.string("status");
    channel.identifier = reader.string("identifier");
    channel.connectedAt = reader.dateTime("connected_at");
    return channel;
}
