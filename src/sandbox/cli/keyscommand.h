// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace Sandbox::Cli {

// Runs `keys create`, `keys list` or `keys revoke` on the database of command.options;
// returns the process exit code.
int runKeysCommand(const Command &command);

} // namespace Sandbox::Cli
