#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# README command 1: set up, build, and open SkyLight Desk on the embedded demo sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/src/app/skylight-desk --sandbox "$@"
