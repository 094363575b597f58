// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// skylight.api: method, path, status and duration only — never the key, headers or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
