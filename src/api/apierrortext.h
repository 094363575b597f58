// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ApiError;

// The one place an ApiError becomes text for the user: translated, plain words, and
// never the raw technical detail. Context "ApiError" for the translators.
QString userMessage(const ApiError &error);

// For the answer to a write (send, create, save): the same words, except that a request
// refused before it left says outright that nothing was sent, so the user may safely send
// again. A read never says so: "nothing was sent" means nothing to someone opening a list.
QString userMessageForWrite(const ApiError &error);
