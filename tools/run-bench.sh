#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Waymark's benchmarks (docs/PERFORMANCE.md): installs what they need (tools/debian-packages.txt
# and the benchmark-only tools/bench-packages.txt), builds them in build-bench (Release), then runs
#   waymark_bench_model  trajectory model from the encrypted diary vs plain SQLite read
#   waymark_bench_chart  chart frames, ours vs Qt Charts, under Xvfb (OpenGL on llvmpipe)
# The synthetic diaries are generated once and cached in build-bench/bench/bench-data.
# Not part of CI: speed is only ever judged by the ratios these print, never by timed tests.
# Usage: tools/run-bench.sh [--quick]   (--quick: fewer runs and frames, for a smoke check)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${WAYMARK_BENCH_BUILD_DIR:-$root/build-bench}"
jobs="${WAYMARK_BENCH_JOBS:-2}"

model_args=(--runs 9)
chart_args=(--frames 40 --warmup 10 --variants)
if [[ "${1:-}" == "--quick" ]]; then
    model_args=(--runs 5)
    chart_args=(--frames 30 --warmup 3)
fi

"$here/bootstrap.sh" "$here/debian-packages.txt"
"$here/bootstrap.sh" "$here/bench-packages.txt"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DWAYMARK_BUILD_BENCH=ON -DWAYMARK_BUILD_TESTS=OFF -DWAYMARK_BUILD_CLI=OFF >/dev/null
ninja -C "$build" -j"$jobs" waymark_bench_model waymark_bench_chart

echo
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "== $(date -u +%FT%TZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "== waymark_bench_model"
"$build/bench/waymark_bench_model" "${model_args[@]}"
echo
echo "== waymark_bench_chart (xvfb-run, QT_QPA_PLATFORM=xcb)"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/bench/waymark_bench_chart" "${chart_args[@]}"
