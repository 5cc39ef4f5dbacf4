#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads the built binaries and fails unless each has every hardening the build asks for
# (CMakeLists.txt, WAYMARK_HARDENING), and fails if libsqlite3 is linked at all (directly or
# through a library): a process with both SQLite and SQLCipher can bind to plain SQLite and write a
# diary in plaintext (docs/SECURITY.md). Also lists the socket calls each binary imports (the app
# opens no network connection; tests/stress/nonetwork.sh runs it without a network).
#
# Usage: tools/check-hardening.sh [BINARY...]   (default: build/src/main/waymark, build/src/cli/waymark-cli)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
if [[ $# -eq 0 ]]; then
    set -- "$build/src/main/waymark" "$build/src/cli/waymark-cli"
fi

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

for bin in "$@"; do
    name="$(basename "$bin")"
    [[ -x "$bin" ]] || { fail "$bin: not built"; continue; }
    header="$(readelf -h "$bin")"
    dynamic="$(readelf -d "$bin")"
    segments="$(readelf -l "$bin")"
    imports="$(readelf --dyn-syms -W "$bin" | awk '$7 == "UND" {print $8}' | sed 's/@.*//' | sort -u)"
    have=()

    if grep -q 'Type:[[:space:]]*DYN' <<<"$header" && grep -q 'Flags:.*PIE' <<<"$dynamic"; then
        have+=(PIE)
    else
        fail "$name: not a position-independent executable"
    fi
    if grep -q 'GNU_RELRO' <<<"$segments" && grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' <<<"$dynamic"; then
        have+=("full RELRO")
    else
        fail "$name: no full RELRO (-z relro -z now)"
    fi
    if grep -qx '__stack_chk_fail' <<<"$imports"; then
        have+=("stack protector")
    else
        fail "$name: no stack protector (__stack_chk_fail not imported)"
    fi
    fortified="$(grep -cE '^__[a-z0-9_]+_chk$' <<<"$imports" | tr -d ' ' || true)"
    fortified=$((fortified - $(grep -cx '__stack_chk_fail' <<<"$imports" || true)))
    if ((fortified > 0)); then
        have+=("FORTIFY_SOURCE ($fortified checked calls)")
    else
        # No fortifiable call was left for a __*_chk variant (waymark-cli has none): then every
        # compile command of the project's sources must have asked for it, optimised.
        commands="$build/compile_commands.json"
        unfortified="$(grep '"command": ' "$commands" 2>/dev/null | grep -v -- '-D_FORTIFY_SOURCE=2' \
            | grep -c . || true)"
        unoptimised="$(grep '"command": ' "$commands" 2>/dev/null | grep -vE -- ' -O[123s]' \
            | grep -c . || true)"
        if [[ -f "$commands" && "$unfortified" == 0 && "$unoptimised" == 0 ]]; then
            have+=("FORTIFY_SOURCE (every compile command; no fortifiable call in the binary)")
        else
            fail "$name: no FORTIFY_SOURCE (no __*_chk import; $unfortified compile commands without" \
                "-D_FORTIFY_SOURCE=2, $unoptimised without optimisation)"
        fi
    fi
    # Stack-clash protection leaves no symbol: read the compiler switches GCC records in each
    # compile unit (DW_AT_producer; RelWithDebInfo builds have them).
    producers="$(readelf --debug-dump=info --dwarf-depth=1 "$bin" 2>/dev/null | grep -a 'DW_AT_producer' \
        | grep -a 'GNU C' || true)"
    if [[ -z "$producers" ]]; then
        fail "$name: no debug info to read the compiler switches from (build RelWithDebInfo)"
    else
        units="$(wc -l <<<"$producers" | tr -d ' ')"
        without_clash="$(grep -avc 'fstack-clash-protection' <<<"$producers" || true)"
        without_ssp="$(grep -avc 'fstack-protector-strong' <<<"$producers" || true)"
        if ((without_clash == 0 && without_ssp == 0)); then
            have+=("stack-clash protection ($units units)")
        else
            fail "$name: $without_clash of $units compile units without -fstack-clash-protection," \
                "$without_ssp without -fstack-protector-strong"
        fi
    fi

    needed="$(grep -o 'Shared library: \[[^]]*\]' <<<"$dynamic" | sed 's/.*\[\(.*\)\]/\1/' | tr '\n' ' ')"
    resolved="$(ldd "$bin" 2>/dev/null | awk '{print $1}' | tr '\n' ' ')"
    if grep -Eq '(^| )libsqlite3' <<<"$needed $resolved"; then
        fail "$name: links libsqlite3 ($(grep -Eo 'libsqlite3[^ ]*' <<<"$needed $resolved" | sort -u | tr '\n' ' '))"
    fi
    grep -q 'libsqlcipher' <<<"$needed" || fail "$name: does not link libsqlcipher"

    sockets="$(grep -xE 'socket|connect|bind|listen|accept4?|sendto|sendmsg|recvfrom|recvmsg|getaddrinfo|gethostbyname[_r2]*' \
        <<<"$imports" | tr '\n' ' ' || true)"
    echo "$name: ${have[*]+${have[*]}}; links ${needed}; socket calls imported: ${sockets:-none}"
done

if ((failures > 0)); then
    echo "check-hardening: $failures problem(s)"
    exit 1
fi
echo "check-hardening: $# binaries hardened, no libsqlite3"
