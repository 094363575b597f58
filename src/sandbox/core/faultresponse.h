// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "response.h"

namespace Sandbox {

// How an answer that really ran is spoiled on its way back, for the faults that let the
// request store first (FaultInjector::Fault::runsRequest()).
namespace FaultResponse {

// Every "id" number anywhere in the body becomes a string: a client that checks types
// must refuse it.
Response withWrongTypes(Response response);
// The same status, but the envelope says "success": false and carries no data.
Response withSuccessFalse(Response response);
// Half the body, the status and headers intact.
Response truncated(Response response);

} // namespace FaultResponse

} // namespace Sandbox
