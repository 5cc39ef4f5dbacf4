#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 1: installs what is missing, builds, and starts the Waymark app.
# Arguments go to the app: tools/run-app.sh --demo   (a generated demo diary, no passphrase)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
"$root/tools/build.sh" waymark waymark-cli
app=("$build/src/main/waymark" "$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    if [[ "$*" != *--screenshot* ]]; then
        echo "run-app: no display here, so the app runs in a virtual one (xvfb-run) you cannot see." >&2
        echo "run-app: to look at a page, write it as a picture: tools/run-app.sh --screenshot today.png --page today" >&2
    fi
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}"
fi
exec "${app[@]}"
