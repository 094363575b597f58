// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// skylight.sandbox.webhooks: delivery attempts and their failures (never bodies or secrets).
Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)
