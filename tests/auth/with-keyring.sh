#!/bin/sh
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command inside a private D-Bus session with a freshly unlocked gnome-keyring in a
# throw-away HOME, so the keychain test never touches the user's real keyring.
# Usage: with-keyring.sh <test executable> [args...]
set -eu
exec dbus-run-session -- sh -c '
    set -eu
    HOME=$(mktemp -d)
    XDG_DATA_HOME=$HOME/.local/share
    export HOME XDG_DATA_HOME
    mkdir -p "$HOME/.cache" "$XDG_DATA_HOME/keyrings"
    trap "gnome-keyring-daemon --replace --components= >/dev/null 2>&1 || true; rm -rf \"\$HOME\"" EXIT
    eval "$(printf skylight-test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
' sh "$@"
