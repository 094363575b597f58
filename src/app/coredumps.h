// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The API key is in the process's memory while the app runs; a core file would carry it
// to disk (and, through crash reporters, further). The app therefore refuses core dumps
// for itself before it reads any key.
namespace CoreDumps {

// Linux: marks the process not dumpable (PR_SET_DUMPABLE 0, which also keeps other
// processes of the same user from attaching to it) and sets the core size limit to 0.
// Elsewhere, the core size limit only where the system has one. True when it took.
bool disableForThisProcess();

} // namespace CoreDumps
