// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/request.h"
#include "../core/response.h"

namespace Sandbox {

struct ServiceContext;

// GET and POST /contacts/{id}/notes.
namespace ContactNotes {

// Newest first, paginated.
Response list(ServiceContext &context, const Request &request);
// `content` required; optional `author_id` (a team member) credits the note. 201.
Response add(ServiceContext &context, const Request &request);

} // namespace ContactNotes
} // namespace Sandbox
