// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagekind.h"

bool MessageKind::isText(const QString &type)
{
    return type.isEmpty() || type == QLatin1String("text");
}

QString MessageKind::name(const QString &type)
{
    if (type == QLatin1String("image"))
        return tr("Photo");
    if (type == QLatin1String("video"))
        return tr("Video");
    if (type == QLatin1String("audio"))
        return tr("Voice message");
    if (type == QLatin1String("document"))
        return tr("Document");
    if (type == QLatin1String("location"))
        return tr("Location");
    if (type == QLatin1String("template"))
        return tr("Template message");
    if (isText(type))
        return tr("Text");
    return type;
}

QString MessageKind::preview(const QString &type, const QString &content)
{
    const QString text = content.simplified();
    if (isText(type))
        return text;
    // A location's content is a pair of coordinates: no use in a one-line preview.
    if (text.isEmpty() || type == QLatin1String("location"))
        return name(type);
    // Isolated: "Template message: I need to cancel, sorry." in Arabic keeps its full stop
    // at the end of the English sentence instead of jumping to the other side.
    return tr("%1: %2").arg(name(type), QChar(0x2068) + text + QChar(0x2069));
}
