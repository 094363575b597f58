#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# README command 2: set up, build, and run every test headless; ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default "$@"
