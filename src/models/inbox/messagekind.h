// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// What a non-text message is, in the agent's words ("Photo", not "image"), and the one-line
// preview of a message for the conversation list. The server's type codes stay codes;
// a type newer than this app is shown as the server names it.
class MessageKind final
{
    Q_DECLARE_TR_FUNCTIONS(MessageKind)

public:
    static bool isText(const QString &type);
    static QString name(const QString &type);
    // "Photo: beach.jpg", "Location", or the text itself; never empty for a message that
    // has a type or content.
    static QString preview(const QString &type, const QString &content);
};
