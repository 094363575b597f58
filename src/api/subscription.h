// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class JsonReader;

// GET /account/subscription: the plan, its state, and usage against the plan's limits.
struct Subscription
{
    struct Plan
    {
        QString code;
        QString name;
        double price = 0.0;
        QString currency;
        QString interval; // "month" or "year"
    };

    // The same four counters serve as limits and as usage; -1 means "not reported".
    struct Quota
    {
        qint64 contacts = -1;
        qint64 teamMembers = -1;
        qint64 monthlyMessages = -1;
        qint64 channels = -1;
    };

    Plan plan;
    QString status; // active, trialing, past_due, cancelled (others kept as sent)
    QDateTime currentPeriodEnd;
    Quota limits;
    Quota usage;

    static Subscription fromJson(const JsonReader &reader);
};
