#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page of the app (demo diary, pinned date) at phone and desktop size, light and
# dark, into store-assets/screenshots/ (or the folder given). Uses the app's --screenshot option.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
out="${1:-$root/store-assets/screenshots}"
"$root/tools/build.sh" waymark
mkdir -p "$out"
for page in unlock today plan charts history settings; do
    for size in 360x640 1280x800; do
        for theme in light dark; do
            xvfb-run -a -s "-screen 0 1600x1000x24" "$build/src/main/waymark" \
                --screenshot "$out/$page-$size-$theme.png" --page "$page" --size "$size" --theme "$theme"
        done
    done
done
echo "store-screenshots: wrote $(ls "$out"/*.png | wc -l) pictures to $out"
