// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class JsonReader;

struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role; // admin, agent, receptionist
    bool isActive = true;
    QDateTime lastSeenAt;
    QDateTime createdAt;

    static TeamMember fromJson(const JsonReader &reader);
};
