// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// The icon of a messaging channel ("whatsapp", "instagram", ...): our own glyph on the
// channel's colour, so agents tell channels apart at a glance without reading a name.
// A channel newer than this app gets a neutral speech bubble rather than nothing.
class ChannelIcon final
{
public:
    static QIcon forChannel(const QString &code);
    static bool isKnown(const QString &code);
};
