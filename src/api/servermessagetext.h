// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The server writes its messages in English ("The selected slot is not available.").
// Those this app knows — the API's documented texts, which the sandbox sends word for
// word, with the field they name — are shown in the interface's language; any other is
// shown exactly as sent and, in a translated interface, marked as the server's own words
// (an Arabic receptionist then knows why one sentence is English).
class ServerMessageText final
{
    Q_DECLARE_TR_FUNCTIONS(ServerMessageText)

public:
    static QString translated(const QString &message);
    static QStringList translated(const QStringList &messages);
    // A field as the server names it in its messages ("starts at", "contact id").
    static QString fieldName(const QString &label);
};
