// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class JsonReader;

struct Contact
{
    qint64 id = 0;
    QString name;
    QString phone; // E.164
    QString email;
    QString channel;
    QString avatarUrl;
    QStringList tags;
    bool isBlacklisted = false;
    CustomFields customFields;
    QDateTime lastMessageAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Contact fromJson(const JsonReader &reader);
};
