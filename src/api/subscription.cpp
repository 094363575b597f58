// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscription.h"

#include "jsonreader.h"

namespace {
Subscription::Quota quotaFromJson(const JsonReader &reader)
{
    Subscription::Quota quota;
    quota.contacts = reader.integer("contacts", -1);
    quota.teamMembers = reader.integer("team_members", -1);
    quota.monthlyMessages = reader.integer("monthly_messages", -1);
    quota.channels = reader.integer("channels", -1);
    return quota;
}
} // namespace

Subscription Subscription::fromJson(const JsonReader &reader)
{
    Subscription subscription;
    const JsonReader plan = reader.child("plan");
    subscription.plan.code = plan.string("code");
    subscription.plan.name = plan.string("name");
    subscription.plan.price = plan.number("price");
    subscription.plan.currency = plan.string("currency");
    subscription.plan.interval = plan.string("interval");
    subscription.status = reader.string("status");
    subscription.currentPeriodEnd = reader.dateTime("current_period_end");
    subscription.limits = quotaFromJson(reader.child("limits"));
    subscription.usage = quotaFromJson(reader.child("usage"));
    return subscription;
}
