#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# House rules, checked in CI after the build (tools/run-tests.sh calls this):
#  1. every C++ file is formatted by .clang-format (clang-format 14);
#  2. qmllint (the all_qmllint target) reports no more warnings per QML file than
#     tools/baselines/qmllint.txt allows;
#  3. clang-tidy (.clang-tidy: bugprone, performance, clang-analyzer) reports no more warnings per
#     check than tools/baselines/clang-tidy.txt allows.
# A count below its baseline is reported so the baseline can be lowered (never raised by hand:
# fix the new warning instead). `tools/check-house-rules.sh --update` rewrites the baselines.
# Usage: tools/check-house-rules.sh [--update]   (WAYMARK_BUILD_DIR: the configured build, default build/)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
update=0
[[ "${1:-}" == "--update" ]] && update=1
cd "$root"
status=0
report() { echo "house rules: $*"; }

# 1. Formatting.
mapfile -t cxx < <(git ls-files '*.cpp' '*.h')
if [[ "${WAYMARK_SKIP_FORMAT:-0}" == 1 ]]; then
    report "formatting: skipped"
elif ! clang-format --dry-run --Werror "${cxx[@]}" 2>/tmp/waymark-format.log; then
    report "these files are not formatted (run: clang-format -i \$(git ls-files '*.cpp' '*.h')):"
    grep -o '^[^:]*\.\(cpp\|h\)' /tmp/waymark-format.log | sort -u | sed 's/^/  /'
    status=1
else
    report "formatting: ${#cxx[@]} C++ files OK"
fi

# Compares "count name" lines of $1 (measured) against baseline $2; prints what grew.
ratchet() {
    local measured="$1" baseline="$2" what="$3" grew=0
    if [[ $update -eq 1 ]]; then
        cp "$measured" "$baseline"
        report "$what: baseline rewritten ($(awk '{s+=$1} END {print s+0}' "$measured") warnings)"
        return 0
    fi
    while read -r count name; do
        allowed="$(awk -v n="$name" '$2 == n {print $1}' "$baseline")"
        if (( count > ${allowed:-0} )); then
            report "$what: $name has $count warnings, the baseline allows ${allowed:-0}"
            grew=1
        elif (( count < ${allowed:-0} )); then
            report "$what: $name is down to $count from ${allowed} (lower the baseline: tools/check-house-rules.sh --update)"
        fi
    done < "$measured"
    if [[ $grew -eq 0 ]]; then
        report "$what: $(awk '{s+=$1} END {print s+0}' "$measured") warnings, none new"
    fi
    return $grew
}

# 2. qmllint.
cmake --build "$build" --target all_qmllint >/tmp/waymark-qmllint.log 2>&1
grep -o 'Warning: [^:]*\.qml' /tmp/waymark-qmllint.log | sed "s|Warning: $root/||" | sort | uniq -c \
    | awk '{print $1, $2}' >/tmp/waymark-qmllint.counts
ratchet /tmp/waymark-qmllint.counts tools/baselines/qmllint.txt qmllint || status=1

# 3. clang-tidy, over the project's own sources (not the tests), two at a time; a file whose
#    preprocessed text is unchanged reuses its earlier report (tools/tidy-cached.py).
mapfile -t sources < <(git ls-files 'src/*.cpp')
tidy="$(mktemp -d)"
if ! "$root/tools/tidy-cached.py" "$build" "$root" "${sources[@]}" >"$tidy/all.log" 2>"$tidy/summary.txt"; then
    echo "house rules: clang-tidy could not run:"
    cat "$tidy/summary.txt"
    status=1
fi
echo "house rules: clang-tidy: $(tail -1 "$tidy/summary.txt")"
# A warning in a header shows once per file that includes it: count each place once.
cat "$tidy"/*.log | grep -E '^/.*: warning: .*\[[a-z0-9.,-]+\]$' | sort -u >/tmp/waymark-tidy.txt
grep -oE '\[[a-z0-9.,-]+\]$' /tmp/waymark-tidy.txt | tr -d '[]' | sort | uniq -c | awk '{print $1, $2}' >/tmp/waymark-tidy.counts
rm -rf "$tidy"
if ! ratchet /tmp/waymark-tidy.counts tools/baselines/clang-tidy.txt clang-tidy; then
    status=1
    sed "s|^$root/||" /tmp/waymark-tidy.txt
fi

exit $status
