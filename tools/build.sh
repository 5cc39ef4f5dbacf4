#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Waymark in ./build (set WAYMARK_BUILD_DIR to change it).
# Usage: tools/build.sh [ninja targets...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
"$root/tools/bootstrap.sh"
if [[ ! -f "$build/build.ninja" ]]; then
    # The "ci" preset (CMakePresets.json) holds the settings; -B only moves the folder.
    (cd "$root" && cmake --preset ci -B "$build" >/dev/null)
fi
cmake --build "$build" --parallel "$(nproc)" ${1:+--target "$@"}
