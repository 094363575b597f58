// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ApiError;

// The one place an ApiError becomes text for the user: translated, plain words, and
// never the raw technical detail. Context "ApiError" for the translators.
QString userMessage(const ApiError &error);
