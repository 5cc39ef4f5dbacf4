#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Waymark's benchmarks (docs/PERFORMANCE.md): builds them in the normal build (tools/build.sh;
# the benchmarks are part of it, so they cannot rot), then runs, under Xvfb,
#   waymark_bench_model  model build vs plain SQLite read; saving ratings vs a bare insert; the KDF
#   waymark_bench_chart  chart frames, ours 30 y vs 1 y and vs Qt Charts
#   waymark_bench_app    the app in child processes: start-up vs a minimal Qt Quick Controls app,
#                        unlock to Today, opening Charts, peak RSS; the clinician PDF vs images
# and prints every figure against its baseline, measured in the same run, as one table.
# The synthetic diaries (1, 10, 30 years) are generated once and cached in <build>/bench/bench-data.
# Speed is only ever judged by these ratios, never by timed tests; absolute times on a shared
# machine are noise.
# Usage: tools/run-bench.sh [--quick]   (--quick: one run each, a smoke check; CI runs it from
#        tools/run-tests.sh without judging the timings)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"

model_args=(--runs 9)
chart_args=(--frames 40 --warmup 10)
app_args=(--runs 5)
if [[ "${1:-}" == "--quick" ]]; then
    model_args=(--runs 1 --quick)
    chart_args=(--frames 3 --warmup 1)
    app_args=(--runs 1)
fi

WAYMARK_BUILD_DIR="$build" "$here/build.sh" waymark_bench_model waymark_bench_chart waymark_bench_app \
    waymark_bench_minimal >/dev/null

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
{
    echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')," \
        "load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "== $(date -u +%FT%TZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo
    echo "== waymark_bench_model"
    "$build/bench/waymark_bench_model" "${model_args[@]}"
    echo
    echo "== waymark_bench_chart (xvfb-run, QT_QPA_PLATFORM=xcb)"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/bench/waymark_bench_chart" "${chart_args[@]}"
    echo
    echo "== waymark_bench_app (xvfb-run, QT_QPA_PLATFORM=xcb)"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/bench/waymark_bench_app" "${app_args[@]}"
} 2>&1 | tee "$log" | grep -v '^TABLE|'

echo
echo "== Figures against their baselines, measured in this run (ratio = ours / baseline)"
{
    echo "#|figure|ours|baseline|ratio|goal|"
    grep '^TABLE|' "$log" | cut -d'|' -f2- | sort -t'|' -k1,1 -s
} | column -t -s'|'
if [[ "${1:-}" == "--quick" ]]; then
    echo "(--quick: one run each; a smoke check, the timings are not judged)"
fi
# Every benchmark checks that it measured real work (frames drawn, rows read, files written) and
# fails otherwise; the table must hold all figures.
rows="$(grep -c '^TABLE|' "$log" || true)"
if [[ "$rows" -lt 14 ]]; then
    echo "run-bench: only $rows figures were measured (expected 14)" >&2
    exit 1
fi
