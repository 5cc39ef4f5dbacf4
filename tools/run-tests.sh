#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: installs what is missing, builds everything, and runs the whole test suite
# (core, CLI, planner, QML and screenshot tests) in a virtual X display, after checking the house
# rules (tools/check-house-rules.sh). CI runs exactly this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
"$root/tools/build.sh"
# The FHIR export's test installs its validator with npm. Debian ships npm as its own package,
# while Node.js builds from elsewhere include it; install Debian's only when there is none.
if ! command -v npm >/dev/null; then
    "$root/tools/bootstrap.sh" <(echo npm)
fi
# House rules (formatting, qmllint and clang-tidy against their baselines); WAYMARK_SKIP_HOUSE_RULES=1
# skips them for a quick local run. CI always runs them.
if [[ "${WAYMARK_SKIP_HOUSE_RULES:-0}" != 1 ]]; then
    "$root/tools/check-house-rules.sh"
fi
cd "$build"
exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --parallel "$(nproc)" "$@"
