// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apilogging.h"

Q_LOGGING_CATEGORY(lcApi, "skylight.api")
