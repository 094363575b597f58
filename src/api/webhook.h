// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class JsonReader;

// A webhook subscription. secret is full only in the answers of create and
// regenerate-secret; everywhere else the server masks it (whsec_••••abcd).
struct Webhook
{
    qint64 id = 0;
    QString url;
    QString description;
    QStringList events;
    bool isActive = true;
    QString secret;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Webhook fromJson(const JsonReader &reader);
};
