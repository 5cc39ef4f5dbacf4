#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) in
# build-fuzz/ and runs each for a bounded time from the committed seed corpus
# (tests/fuzz/corpus/<target>), after replaying every committed regression input.
# A crash fails the run; its input is kept in build-fuzz/crashes/<target>/: minimise it
# (fuzz_x -minimize_crash=1 FILE), fix the bug and commit it as tests/fuzz/regressions/<target>/NAME,
# where every build replays it as a test (ctest -L fuzz).
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS_PER_TARGET]   (default 45; WAYMARK_FUZZ_SECONDS too)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${WAYMARK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-${WAYMARK_FUZZ_SECONDS:-45}}"
targets=(fuzz_open_diary fuzz_planjson fuzz_cli_plan_args fuzz_importers)

if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWAYMARK_FUZZ=ON -DWAYMARK_BUILD_TESTS=OFF -DWAYMARK_BUILD_APP=OFF -DWAYMARK_BUILD_CLI=OFF \
        -DWAYMARK_HARDENING=OFF >/dev/null
fi
start=$SECONDS
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"
echo "fuzz: built in $((SECONDS - start)) s"

export TZ=Europe/London LC_ALL=C.UTF-8 LANG=C.UTF-8 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
failures=0
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$work" "$crashes"
    cp -n "$root/tests/fuzz/corpus/$target"/* "$work"/ 2>/dev/null || true
    if [[ -d "$root/tests/fuzz/regressions/$target" ]]; then
        "$build/tests/fuzz/$target" -runs=0 "$root/tests/fuzz/regressions/$target" >/dev/null 2>&1 \
            || { echo "FAIL: $target: a committed regression input fails again"; failures=$((failures + 1)); }
    fi
    log="$build/$target.log"
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -close_fd_mask=3 -artifact_prefix="$crashes/" "$work" >"$log" 2>&1; then
        execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
        cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)"
        echo "fuzz: $target: $execs inputs in ${seconds} s, $cov, corpus $(ls "$work" | wc -l) files, no crash"
    else
        echo "FAIL: $target crashed; input kept in $crashes/:"
        grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -20
        failures=$((failures + 1))
    fi
done
exit $((failures > 0))
