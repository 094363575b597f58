// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apienvelope.h"
#include "apiresult.h"

#include <functional>

// Turns an answer into typed data and says how to hand it over. ApiClient runs a large
// successful answer's JSON parsing and the decoder in a worker thread, then the returned
// delivery on the caller's thread; a 100,000-item list never freezes the window. The
// decoder must only touch what it captured (it may run on any thread).
using EnvelopeDelivery = std::function<void()>;
using EnvelopeDecoder = std::function<EnvelopeDelivery(const ApiResult<ApiEnvelope> &)>;
