// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString EmailCheck::problem(const QString &email)
{
    const QString text = email.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("EmailCheck", "Enter an e-mail address.");
    if (text.count(QLatin1Char('@')) != 1)
        return QCoreApplication::translate("EmailCheck", "An e-mail address has exactly one \"@\".");
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!pattern.match(text).hasMatch())
        return QCoreApplication::translate("EmailCheck",
            "This is not a complete e-mail address (for example name@example.com).");
    return {};
}
