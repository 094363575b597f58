#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian/Ubuntu packages that are missing, then configures and builds.
# Idempotent: with everything installed and nothing changed it finishes in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=$(grep -v -E '^\s*(#|$)' scripts/debian-packages.txt)
missing=()
for p in $packages; do
    # A package counts as present only when dpkg says it is installed, not merely known.
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi

cmake --preset default -DSKYLIGHT_WERROR="$werror" >/dev/null
cmake --build --preset default
