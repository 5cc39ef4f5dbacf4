#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a build into a scratch folder (DESTDIR, prefix /usr) and checks that everything a
# Linux desktop or phone needs is where it looks for it: both programs, the desktop entry, the
# AppStream metadata, and the icon in every hicolor size (each PNG of the size its folder says).
# Usage: tools/check-install.sh BUILD_DIR SCRATCH_DIR   (ctest: platform_install)
set -euo pipefail
build="${1:?build folder}" dest="${2:?scratch folder}"
rm -rf "$dest"
DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
root="$dest/usr"
failed=0
need() {
    if [[ ! -s "$root/$1" ]]; then
        echo "MISSING: /usr/$1"
        failed=1
    fi
}
need bin/waymark
need bin/waymark-cli
[[ -x "$root/bin/waymark" && -x "$root/bin/waymark-cli" ]] || { echo "the programs are not executable"; failed=1; }
need share/applications/org.waymark.Waymark.desktop
need share/metainfo/org.waymark.Waymark.metainfo.xml
need share/icons/hicolor/scalable/apps/org.waymark.Waymark.svg
for size in 16 22 24 32 48 64 128 256 512; do
    png="share/icons/hicolor/${size}x${size}/apps/org.waymark.Waymark.png"
    need "$png"
    if [[ -s "$root/$png" ]]; then
        # width and height from the PNG header (bytes 16-23, big endian)
        read -r w h < <(od -An -tu1 -j16 -N8 "$root/$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
        [[ "$w" == "$size" && "$h" == "$size" ]] || { echo "WRONG SIZE: /usr/$png is ${w}x${h}"; failed=1; }
    fi
done
# The installed entry and metadata still pass their validators, and agree on the names.
desktop-file-validate "$root/share/applications/org.waymark.Waymark.desktop" || failed=1
grep -q '^Icon=org.waymark.Waymark$' "$root/share/applications/org.waymark.Waymark.desktop" || { echo "desktop entry names another icon"; failed=1; }
grep -q '<launchable type="desktop-id">org.waymark.Waymark.desktop</launchable>' \
    "$root/share/metainfo/org.waymark.Waymark.metainfo.xml" || { echo "metainfo names another desktop entry"; failed=1; }
# Tests and benchmarks are not installed.
if find "$root" -name 'tst_*' | grep -q .; then echo "a test program was installed"; failed=1; fi
if [[ $failed -ne 0 ]]; then
    echo "check-install: FAILED (installed files below)"
    (cd "$dest" && find . -type f | sort)
    exit 1
fi
echo "check-install: $(cd "$dest" && find . -type f | wc -l) files installed under /usr, all in place"
