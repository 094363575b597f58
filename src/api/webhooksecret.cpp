// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksecret.h"

#include "jsonreader.h"

WebhookSecret WebhookSecret::fromJson(const JsonReader &reader)
{
    WebhookSecret secret;
    secret.id = reader.id();
    secret.secret = reader.string("secret");
    return secret;
}
