#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app and the CLI open no network connection:
#  1. under strace, every socket() call of waymark-cli (init, writes, show, check, passwd) and of the
#     app (a demo diary rendered to a screenshot on each page) is listed: only AF_UNIX (the X
#     display, D-Bus) is allowed; an AF_INET/AF_INET6/AF_NETLINK/AF_PACKET socket fails the test;
#  2. the same runs in a network namespace without interfaces (unshare -n, or unshare -rn without
#     root) and must work exactly as well: nothing in them needs a network.
# Prints which of the two it could do; fails if it could do neither.
# Usage: tests/stress/nonetwork.sh WAYMARK_CLI [WAYMARK_APP]
set -uo pipefail
cli="$1"
app="${2:-}"
work="$(mktemp -d /tmp/waymark-nonet-XXXXXX)"
trap 'rm -rf "$work"' EXIT
export TZ=Europe/London LC_ALL=C.UTF-8 LANG=C.UTF-8 WAYMARK_TODAY=2026-03-15
export WAYMARK_PASSPHRASE="correct horse battery staple" WAYMARK_NEW_PASSPHRASE="a different passphrase"
export HOME="$work/home"
# No session bus: without one, libdbus autolaunches a bus daemon (dbus-launch, when dbus-x11 is
# installed) that outlives the app, so "strace -f" waited for it for ever; that daemon is not
# Waymark's. The app still tries the address given (an AF_UNIX socket), as it would on a desktop.
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-session-bus"
mkdir -p "$HOME"
failures=0
done_checks=()

# Runs every CLI verb that touches a diary, then the app, each prefixed by "$@".
exercise() {
    local tag="$1"
    shift
    local d="$work/$tag.waymark"
    local rc=0
    "$@" "$cli" --diary "$d" init >/dev/null 2>&1 || rc=1
    "$@" "$cli" --diary "$d" drug add sertraline >/dev/null 2>&1 || rc=1
    "$@" "$cli" --diary "$d" log dose --date 2026-03-01 --drug sertraline --mg 50 >/dev/null 2>&1 || rc=1
    "$@" "$cli" --diary "$d" log day --date 2026-03-01 --note "no network" >/dev/null 2>&1 || rc=1
    "$@" "$cli" --diary "$d" show --date 2026-03-01 >/dev/null 2>&1 || rc=1
    "$@" "$cli" --diary "$d" check >/dev/null 2>&1 || rc=1
    "$@" "$cli" --diary "$d" passwd >/dev/null 2>&1 || rc=1
    "$@" "$cli" plan --drug sertraline --from-mg 50 --step-percent 10 >/dev/null 2>&1 || rc=1
    if [[ -n "$app" ]]; then
        for page in today plan charts; do
            QT_QPA_PLATFORM=offscreen "$@" "$app" --demo --screenshot "$work/$tag-$page.png" --page "$page" \
                --size 360x640 >/dev/null 2>&1 || rc=1
            [[ -s "$work/$tag-$page.png" ]] || rc=1
        done
    fi
    return $rc
}

# 1. strace: which sockets are made.
if command -v strace >/dev/null; then
    trace="$work/strace.log"
    tracer() { strace -f -qq -e trace=socket,socketpair -o "$trace.$BASHPID.$RANDOM" "$@"; }
    if exercise traced tracer; then
        families="$(cat "$trace".* 2>/dev/null | grep -o 'socket(AF_[A-Z0-9]*' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
        network="$(cat "$trace".* 2>/dev/null | grep -E 'socket\(AF_(INET|INET6|NETLINK|PACKET)' | head -5)"
        if [[ -n "$network" ]]; then
            echo "FAIL: network sockets were opened:"
            echo "$network"
            failures=$((failures + 1))
        fi
        done_checks+=("strace: sockets made: ${families:-none}")
    else
        echo "FAIL: the CLI or the app failed under strace"
        failures=$((failures + 1))
    fi
else
    echo "SKIPPED strace check: strace is not installed"
fi

# 2. a network namespace with no interfaces.
netns=()
if unshare -n true 2>/dev/null; then
    netns=(unshare -n)
elif unshare -rn true 2>/dev/null; then
    netns=(unshare -rn)
fi
if ((${#netns[@]})); then
    interfaces="$("${netns[@]}" cat /proc/net/dev | tail -n +3 | awk -F: '{print $1}' | tr -d ' ' | tr '\n' ' ')"
    if exercise isolated "${netns[@]}"; then
        done_checks+=("network namespace (${netns[*]}; interfaces: ${interfaces:-none}): every command worked")
    else
        echo "FAIL: a command failed without a network"
        failures=$((failures + 1))
    fi
else
    echo "SKIPPED network namespace: unshare -n is not allowed here"
fi

if ((${#done_checks[@]} == 0)); then
    echo "FAIL: neither check could run (no strace, no network namespaces)"
    failures=$((failures + 1))
fi
summary="no network: ${done_checks[*]}"
printf '%s\n' "$summary"
[[ -n "${WAYMARK_STRESS_SUMMARY:-}" ]] && printf '%s%s\n' "$( ((failures)) && echo 'FAILED ')" "$summary" \
    >>"$WAYMARK_STRESS_SUMMARY"
exit $((failures > 0))
