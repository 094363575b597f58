#!/bin/sh
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command inside a private D-Bus session with a freshly unlocked gnome-keyring in a
# throw-away HOME, so the keychain test never touches the user's real keyring.
# Usage: with-keyring.sh <test executable> [args...]
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Set before the bus starts: a daemon the bus itself activates must see these too.
HOME=$tmp
XDG_DATA_HOME=$tmp/.local/share
XDG_CONFIG_HOME=$tmp/.config
XDG_RUNTIME_DIR=$tmp/run
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_RUNTIME_DIR
mkdir -p "$HOME/.cache" "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- sh -c '
    set -eu
    eval "$(printf skylight-test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # The daemon takes its bus name and creates the unlocked "login" collection shortly
    # after it answers. Asking for the name before that would make the bus start a second,
    # locked daemon, so first wait for the name (NameHasOwner never activates anything),
    # then for the collection; at most 10 s each.
    wait_for() {
        i=0
        until "$@" >/dev/null 2>&1; do
            i=$((i + 1))
            if [ "$i" -ge 100 ]; then echo "with-keyring: keyring not ready" >&2; exit 1; fi
            sleep 0.1
        done
    }
    has_owner() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q "boolean true"
    }
    wait_for has_owner
    wait_for dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked
    "$@"
' sh "$@"
