#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-package.sh BUILD_DIR WORK_DIR
# Builds the .deb from BUILD_DIR with CPack and checks it the way Debian would: the files
# a desktop and a user expect are in it, its binaries are stripped, hardened and carry no
# empty RUNPATH entry, and lintian, appstreamcli and desktop-file-validate find nothing.
# A validator that is not installed is reported and skipped (scripts/debian-packages.txt
# installs them, so README command 2 runs all three).
set -euo pipefail
build=$(cd "$1" && pwd)
work=$2
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }

# The build tree's own binaries first: an empty RUNPATH entry means "the current
# directory" to the loader, which lets a file in the working folder hijack a library.
for binary in "$build/src/app/skylight-desk" "$build/src/sandbox/skylight-sandbox"; do
    [ -x "$binary" ] || fail "$binary was not built"
    runpath=$(readelf -W -d "$binary" | grep -E 'R(UN)?PATH' || true)
    if grep -q -E '\[:|::|:\]|\[\]' <<<"$runpath"; then
        fail "$binary has an empty RUNPATH entry: $runpath"
    fi
done

echo "== cpack -G DEB"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out") > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/skylight-desk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "no skylight-desk_*.deb was made"; }
echo "package: $(basename "$deb")"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' > "$work/contents.txt"
id=com.skylightchat.Desk
for expected in \
    ./usr/bin/skylight-desk \
    ./usr/bin/skylight-sandbox \
    ./usr/share/man/man1/skylight-desk.1.gz \
    ./usr/share/man/man1/skylight-sandbox.1.gz \
    ./usr/share/applications/$id.desktop \
    ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg \
    ./usr/share/icons/hicolor/16x16/apps/$id.png \
    ./usr/share/icons/hicolor/48x48/apps/$id.png \
    ./usr/share/icons/hicolor/256x256/apps/$id.png \
    ./usr/share/doc/skylight-desk/copyright \
    ./usr/share/doc/skylight-desk/changelog.Debian.gz; do
    grep -qx -- "$expected" "$work/contents.txt" || fail "$expected is not in the package"
done
# Nothing from the machine that built it: no absolute build or source path in the file list.
if grep -q -e "$build" "$work/contents.txt"; then fail "the package names the build folder"; fi

echo "== binaries"
fortified=""
mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/control"
for binary in "$work"/root/usr/bin/*; do
    name=$(basename "$binary")
    # Read each table once: `readelf | grep -q` would fail under pipefail when grep stops
    # reading early.
    sections=$(readelf -W -S "$binary"); header=$(readelf -W -h "$binary")
    dynamic=$(readelf -W -d "$binary"); segments=$(readelf -W -l "$binary")
    symbols=$(readelf -W --dyn-syms "$binary")
    grep -q '\.symtab' <<<"$sections" && fail "$name is not stripped"
    grep -q 'DYN (Position-Independent Executable\|DYN (Shared object' <<<"$header" \
        || fail "$name is not position independent"
    grep -q 'BIND_NOW\|FLAGS.*NOW' <<<"$dynamic" || fail "$name is not linked with -z now"
    grep -q 'GNU_RELRO' <<<"$segments" || fail "$name has no RELRO segment"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$name has no stack protector"
    # _FORTIFY_SOURCE turns only the calls whose buffer size the compiler knows into
    # __*_chk; a program may have none (lintian judges each one). The flag must show in one.
    grep -q '_chk@' <<<"$symbols" && fortified="$fortified $name"
    if grep -q -E 'R(UN)?PATH' <<<"$dynamic"; then fail "$name carries a RUNPATH"; fi
done
[ -n "$fortified" ] || fail "no program has fortified libc calls (_FORTIFY_SOURCE missing?)"
echo "fortified calls in:$fortified"
grep -q '^Description: .' "$work/control/control" || fail "no Description"
# The extended description: continuation lines after the summary.
[ "$(sed -n '/^Description:/,/^[A-Z]/p' "$work/control/control" | grep -c '^ ')" -ge 3 ] \
    || fail "no extended description"

echo "== validators"
if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$work/root/usr/share/applications/$id.desktop" 2>&1) || true
    [ -z "$out" ] || { echo "$out"; fail "desktop-file-validate"; }
    echo "desktop-file-validate: clean"
else
    echo "SKIPPED: desktop-file-validate is not installed"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/$id.metainfo.xml" \
        > "$work/appstream.log" 2>&1 || { cat "$work/appstream.log"; fail "appstreamcli validate"; }
    # Warnings do not fail appstreamcli's exit code; they fail ours.
    if grep -q -E '^[WE]:' "$work/appstream.log"; then cat "$work/appstream.log"; fail "appstreamcli warnings"; fi
    echo "appstreamcli validate: $(tail -n 1 "$work/appstream.log")"
else
    echo "SKIPPED: appstreamcli is not installed"
fi
if command -v lintian >/dev/null; then
    # 0 errors and 0 warnings; informational tags are printed for people to read.
    lintian --fail-on error,warning --display-info "$deb" > "$work/lintian.log" 2>&1 \
        || { cat "$work/lintian.log"; fail "lintian"; }
    cat "$work/lintian.log"
    echo "lintian: no errors, no warnings"
else
    echo "SKIPPED: lintian is not installed"
fi
echo "package checks passed"
