// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelicon.h"

#include <QFile>

namespace {
QString iconPath(const QString &code)
{
    return QStringLiteral(":/icons/channels/%1.svg").arg(code);
}
} // namespace

bool ChannelIcon::isKnown(const QString &code)
{
    // The code comes from the server: refuse anything that is not a plain name before it
    // becomes part of a resource path.
    for (const QChar c : code) {
        if (!(c.isLower() && c.unicode() < 128))
            return false;
    }
    return !code.isEmpty() && QFile::exists(iconPath(code));
}

QIcon ChannelIcon::forChannel(const QString &code)
{
    return QIcon(isKnown(code) ? iconPath(code) : iconPath(QStringLiteral("other")));
}
