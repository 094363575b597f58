// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JsonReader;

// POST /webhooks/{id}/regenerate-secret: the new secret, in full, this once.
struct WebhookSecret
{
    qint64 id = 0;
    QString secret;

    static WebhookSecret fromJson(const JsonReader &reader);
};
